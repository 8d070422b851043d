# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
"""Contains endpoint functions for accessing the API"""
