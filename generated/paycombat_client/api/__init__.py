# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
"""Contains methods for accessing the API"""
