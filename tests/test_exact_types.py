"""Money is exact and types never lie: crafted answers to every operation, against the fake server.

Every parsed value is checked against its model's annotation by an independent walker
(``conforms``), and every wrong value of every field kind must raise APIResponseValidationError
naming the field's JSON path and never the value. Models and fields are read from the package,
operations from the spec: nothing here lists them by hand.
"""

from __future__ import annotations

import inspect
import json
import pickle
import sys
import types
import typing
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from paycombat_client import (
    UNSET,
    APIRefusedError,
    APIResponseValidationError,
    AuthenticatedClient,
    RequestEncodingError,
    RequestTypeError,
    Unset,
)
from paycombat_client import models as models_package
from paycombat_client.api.payout import create_payout
from paycombat_client.models import CreatePayoutRequest, Payout, PayoutBeneficiary, PayoutResponse
from paycombat_client.types import Response

from support.calls import CALLS, payout_body
from support.fakeapi import FakePayCombat, Scripted
from support.operations import SPEC

pytestmark = pytest.mark.anyio

ALL_OPS = sorted(CALLS)
_JSON = {"Content-Type": "application/json"}


def _members(annotation: Any) -> tuple[Any, ...]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return typing.get_args(annotation)
    return (annotation,)


def _is_model(tp: Any) -> bool:
    return inspect.isclass(tp) and hasattr(tp, "__attrs_attrs__") and hasattr(tp, "from_dict")


def conforms(value: Any, annotation: Any) -> bool:
    """Whether value is of the annotated type (bool is not a number here; int is a float)."""
    for member in _members(annotation):
        origin = typing.get_origin(member)
        if member is Any:
            return True
        if member is type(None) and value is None:
            return True
        if origin is list and type(value) is list:
            (item,) = typing.get_args(member)
            if all(conforms(element, item) for element in value):
                return True
        elif origin is dict and type(value) is dict:
            return True
        elif origin is typing.Literal and value in typing.get_args(member):
            return True
        elif _is_model(member) and type(value) is member:
            if all_fields_conform(value):
                return True
        elif member is float and type(value) in (float, int):
            return True
        elif inspect.isclass(member) and type(value) is member:
            return True
    return False


def all_fields_conform(model: Any) -> bool:
    hints = typing.get_type_hints(type(model))
    return all(
        conforms(getattr(model, a.name), hints[a.name])
        for a in type(model).__attrs_attrs__
        if a.name != "additional_properties"
    )


def _data_members(operation_id: str) -> tuple[Any, ...]:
    return _members(typing.get_type_hints(CALLS[operation_id].parsed)["data"])


def is_list(operation_id: str) -> bool:
    """Whether the envelope's ``data`` is a list of records rather than one record."""
    return any(typing.get_origin(m) is list for m in _data_members(operation_id))


def data_model(operation_id: str) -> type:
    """The model of the envelope's ``data`` (of each item, for a list), from the package's annotations."""
    members = [typing.get_args(m)[0] if typing.get_origin(m) is list else m for m in _data_members(operation_id)]
    (data_type,) = [m for m in members if _is_model(m)]
    return data_type


def record_path(operation_id: str) -> str:
    """The JSON path of the record the crafted answers change: ``data``, or its first item."""
    return "$.data[0]" if is_list(operation_id) else "$.data"


def first_record(data: Any) -> Any:
    return data[0] if isinstance(data, list) else data


def with_record(data: Any, record: dict[str, Any]) -> Any:
    """``data`` with its record (the first item, for a list) replaced."""
    return [record, *data[1:]] if isinstance(data, list) else record


def json_keys(model: type) -> dict[str, Any]:
    """JSON key -> annotation of each field: the keys the generator wrote beside the model, each
    checked against what the generated from_dict reads."""
    hints = typing.get_type_hints(model)
    source = inspect.getsource(model.from_dict)  # type: ignore[attr-defined]
    written = sys.modules[model.__module__].JSON_KEYS
    keys = {}
    for attribute in model.__attrs_attrs__:  # type: ignore[attr-defined]
        if attribute.name == "additional_properties":
            continue
        key = written[attribute.name]
        assert f'd.pop("{key}"' in source, (model.__name__, attribute.name)
        keys[key] = hints[attribute.name]
    return keys


def call(operation_id: str, client: AuthenticatedClient) -> Any:
    return CALLS[operation_id].api().sync(client=client, **CALLS[operation_id].arguments())


async def call_async(operation_id: str, client: AuthenticatedClient) -> Any:
    return await CALLS[operation_id].api().asyncio(client=client, **CALLS[operation_id].arguments())


def canned(api: FakePayCombat, client: AuthenticatedClient, operation_id: str) -> dict[str, Any]:
    """The fake's usual answer to an operation, as JSON."""
    detailed = CALLS[operation_id].api().sync_detailed(client=client, **CALLS[operation_id].arguments())
    answer: dict[str, Any] = json.loads(detailed.content)
    api.reset()
    return answer


def dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _wrong_values(annotation: Any) -> list[tuple[str, Any]]:
    """JSON values that a field of this annotation must refuse, with a name for each."""
    allowed = set(_members(annotation))
    candidates: list[tuple[str, Any]] = [
        ("a number", 7),
        ("a boolean", True),
        ("a string", "not a date and not a number"),
        ("an array", ["x"]),
        ("an object", {"k": "v"}),
    ]
    wrong = []
    for name, value in candidates:
        if any(conforms(value, member) for member in allowed):
            continue
        if name == "a number" and Decimal in allowed:
            continue  # JSON numbers are what amounts are
        if name == "an object" and any(_is_model(m) for m in allowed):
            continue  # an object is the right shape; its fields are checked one level down
        wrong.append((name, value))
    return wrong


def _cases() -> Iterator[tuple[str, str, str, Any]]:
    for operation_id in ALL_OPS:
        for key, annotation in json_keys(data_model(operation_id)).items():
            for name, value in _wrong_values(annotation):
                yield operation_id, key, name, value


# --- every answer the fake gives conforms --------------------------------------------------------


@pytest.mark.parametrize("operation_id", ALL_OPS)
async def test_every_parsed_value_has_its_annotated_type(operation_id: str, client: AuthenticatedClient) -> None:
    for parsed in (call(operation_id, client), await call_async(operation_id, client)):
        assert type(parsed) is CALLS[operation_id].parsed
        assert all_fields_conform(parsed)


def test_json_keys_of_every_model_are_what_from_dict_reads() -> None:
    found = 0
    for name in models_package.__all__:
        model = getattr(models_package, name)
        if _is_model(model):
            found += len(json_keys(model))
    assert found > 200


# --- a wrong value of each field kind, in every operation's record -------------------------------


def test_crafted_answers_cover_every_operation_and_field_kind() -> None:
    cases = list(_cases())
    assert {op for op, _, _, _ in cases} == set(ALL_OPS)
    assert {name for _, _, name, _ in cases} == {"a number", "a boolean", "a string", "an array", "an object"}


@pytest.mark.parametrize("operation_id", ALL_OPS)
def test_a_wrong_type_in_any_field_names_the_field_not_the_value(
    operation_id: str, api: FakePayCombat, client: AuthenticatedClient
) -> None:
    base = canned(api, client, operation_id)
    cases = [(key, name, value) for op, key, name, value in _cases() if op == operation_id]
    for key, name, value in cases:
        answer = {**base, "data": with_record(base["data"], {**first_record(base["data"]), key: value})}
        api.script(operation_id, Scripted(200, dumps(answer), _JSON))
        with pytest.raises(APIResponseValidationError) as caught:
            call(operation_id, client)
        error = caught.value
        # A list of records is checked item by item: its first item is named.
        where = record_path(operation_id)
        assert error.path in (f"{where}.{key}", f"{where}.{key}[0]"), (key, name)
        assert f"{error.path} should be {error.expected}, not " in str(error)
        assert "not a date and not a number" not in str(error) and "'k'" not in str(error)
        assert error.status_code == 200 and error.raw_body == dumps(answer)
        assert "the server accepted the request" in str(error)
    api.reset()


async def test_wrong_types_are_refused_in_async_calls_too(api: FakePayCombat, client: AuthenticatedClient) -> None:
    base = canned(api, client, "retrievePayout")
    api.script("retrievePayout", Scripted(200, dumps({**base, "data": {**base["data"], "created_at": "yesterday"}})))
    with pytest.raises(APIResponseValidationError) as caught:
        await call_async("retrievePayout", client)
    assert caught.value.path == "$.data.created_at"
    assert "yesterday" not in str(caught.value)


def test_a_wrong_type_deep_in_a_record_names_its_path(api: FakePayCombat, client: AuthenticatedClient) -> None:
    base = canned(api, client, "getCustomer")
    individual = {**base["data"]["individual"], "first_name": 42}
    api.script("getCustomer", Scripted(200, dumps({**base, "data": {**base["data"], "individual": individual}})))
    with pytest.raises(APIResponseValidationError) as caught:
        call("getCustomer", client)
    assert caught.value.path == "$.data.individual.first_name"
    base = canned(api, client, "getPayoutMethodRequiredFields")
    params = base["data"]["payout_beneficiary_param"]
    params["base_param"][0]["mandatory"] = "yes"
    api.script("getPayoutMethodRequiredFields", Scripted(200, dumps(base)))
    with pytest.raises(APIResponseValidationError) as caught:
        call("getPayoutMethodRequiredFields", client)
    assert caught.value.path == "$.data.payout_beneficiary_param.base_param[0].mandatory"


def test_unknown_keys_stay_in_additional_properties(api: FakePayCombat, client: AuthenticatedClient) -> None:
    base = canned(api, client, "retrievePayout")
    api.script("retrievePayout", Scripted(200, dumps({**base, "data": {**base["data"], "new_amount": 0.1}})))
    payout = call("retrievePayout", client).data
    assert payout.additional_properties["new_amount"] == Decimal("0.1")


# --- money ---------------------------------------------------------------------------------------


def _money_fields(model: type) -> list[str]:
    return [key for key, annotation in json_keys(model).items() if Decimal in _members(annotation)]


def test_every_amount_fee_and_balance_is_decimal() -> None:
    # What the spec marks x-paycombat-money, by schema; every other field of those models is not money.
    expected: dict[str, set[str]] = {}
    for name, schema in SPEC["components"]["schemas"].items():
        marked = {key for key, prop in schema.get("properties", {}).items() if prop.get("x-paycombat-money")}
        if marked:
            expected[name] = marked
    assert {"Payin", "Payout", "Balance", "CreatePayoutRequest"} <= set(expected)
    for name, fields in expected.items():
        model = getattr(models_package, name)
        assert set(_money_fields(model)) == fields, name
        for key in fields:
            assert float not in _members(typing.get_type_hints(model)[key]) or name.endswith("Request")


_EXACT = [
    ("12345678901234567.89", Decimal("12345678901234567.89")),  # beyond a double
    ('"12345678901234567.89"', Decimal("12345678901234567.89")),
    ("0.30000000000000001", Decimal("0.30000000000000001")),
    ('"1.10"', Decimal("1.10")),  # trailing zero kept
    ("50", Decimal(50)),
    ('"50"', Decimal(50)),
    ("123456789012345678901234567890", Decimal("123456789012345678901234567890")),
    ("-0.5", Decimal("-0.5")),
    ("1e-7", Decimal("1e-7")),
]


@pytest.mark.parametrize("operation_id", [op for op in ALL_OPS if _money_fields(data_model(op))])
async def test_amounts_are_exact_decimals_however_they_are_sent(
    operation_id: str, api: FakePayCombat, client: AuthenticatedClient
) -> None:
    base = canned(api, client, operation_id)
    keys = _money_fields(data_model(operation_id))
    for text, expected in _EXACT:
        record = {**first_record(base["data"]), **dict.fromkeys(keys, 0)}
        raw = dumps({**base, "data": with_record(base["data"], record)})
        for key in keys:  # the same text for every amount of the record
            raw = raw.replace(f'"{key}": 0'.encode(), f'"{key}": {text}'.encode())
        api.script(operation_id, Scripted(200, raw, _JSON), Scripted(200, raw, _JSON))
        for parsed in (call(operation_id, client), await call_async(operation_id, client)):
            for key in keys:
                value = getattr(first_record(parsed.data), key)
                assert type(value) is Decimal and value == expected and str(value) == str(expected), (key, text)


@pytest.mark.parametrize(
    "text",
    [
        '"NaN"', '"Infinity"', '"1_000"', '" 5"', '""', '"5 AUD"', "true",
        # Other scripts' digits, which Decimal() reads as numbers; text with an exponent or a sign "+".
        '"\u0661\u0662\u0663"', '"\uff15\uff10"', '"1e3"', '"+5"',
        # Sizes no amount has: formatting them exhausts memory, int() of them runs for hours.
        '"1e999999999"', "1E+400", "1e999999999", "-1e-999999999", "1" + "0" * 40,
    ],
)  # fmt: skip
async def test_an_amount_that_is_not_a_number_is_refused(
    text: str, api: FakePayCombat, client: AuthenticatedClient
) -> None:
    base = canned(api, client, "retrievePayin")
    raw = dumps({**base, "data": {**base["data"], "fee_taken": 0}}).replace(
        b'"fee_taken": 0', f'"fee_taken": {text}'.encode()
    )
    api.script("retrievePayin", Scripted(200, raw, _JSON), Scripted(200, raw, _JSON))
    with pytest.raises(APIResponseValidationError) as sync_error:
        call("retrievePayin", client)
    with pytest.raises(APIResponseValidationError) as async_error:
        await call_async("retrievePayin", client)
    for caught in (sync_error, async_error):
        assert caught.value.path == "$.data.fee_taken"
        shown = text.strip('"').strip()
        assert "decimal number" in str(caught.value) and (len(shown) < 3 or shown not in str(caught.value))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1e-30", Decimal("1e-30")),
        ('"-0.000000000000000000000000000001"', Decimal("-1e-30")),
        ("9" * 30, Decimal("9" * 30)),
    ],
)
def test_amounts_at_the_edge_of_an_amounts_size_are_read(
    text: str, expected: Decimal, api: FakePayCombat, client: AuthenticatedClient
) -> None:
    base = canned(api, client, "retrievePayin")
    raw = dumps({**base, "data": {**base["data"], "fee_taken": 0}}).replace(
        b'"fee_taken": 0', f'"fee_taken": {text}'.encode()
    )
    api.script("retrievePayin", Scripted(200, raw, _JSON))
    assert call("retrievePayin", client).data.fee_taken == expected


@pytest.mark.parametrize("where", ["value", "key", "nested"])
async def test_text_with_a_lone_surrogate_is_refused_as_it_would_be_on_the_way_out(
    where: str, api: FakePayCombat, client: AuthenticatedClient
) -> None:
    # One rule both ways: the client refuses to send a lone surrogate, so it accepts none either.
    base = canned(api, client, "getCustomer")
    data = {**base["data"], "description": "SURROGATE"}
    if where == "key":
        data = {**base["data"], "KEY": 1}
    elif where == "nested":
        data = {**base["data"], "metadata": {"note": ["ok", "SURROGATE"]}}
    raw = dumps({**base, "data": data}).replace(b"SURROGATE", b"x\\ud800y").replace(b'"KEY"', b'"k\\udfffk"')
    api.script("getCustomer", Scripted(200, raw, _JSON), Scripted(200, raw, _JSON))
    paths = {"value": "$.data.description", "key": "$.data", "nested": "$.data.metadata.note[1]"}
    with pytest.raises(APIResponseValidationError) as sync_error:
        call("getCustomer", client)
    with pytest.raises(APIResponseValidationError) as async_error:
        await call_async("getCustomer", client)
    for caught in (sync_error, async_error):
        assert caught.value.path == paths[where] and "lone surrogate" in str(caught.value)


def test_a_decimal_amount_is_sent_as_the_javascript_number_it_equals(
    api: FakePayCombat, client: AuthenticatedClient
) -> None:
    body = payout_body()
    body.sender_amount = Decimal("100.10")
    body.beneficiary_amount = Decimal("99")
    create_payout.sync(client=client, body=body)
    (hit,) = api.hits_for("createPayout")
    assert hit.verdict == "ok"
    assert b'"sender_amount":100.1,' in hit.body and b'"beneficiary_amount":99,' in hit.body


def test_a_decimal_a_double_cannot_hold_is_refused_before_any_io(
    api: FakePayCombat, client: AuthenticatedClient
) -> None:
    body = payout_body()
    body.sender_amount = Decimal("12345678901234567.89")
    with pytest.raises(RequestEncodingError, match=r"sender_amount"):
        create_payout.sync(client=client, body=body)
    assert api.hits_for("createPayout") == []


# --- the envelope's status -----------------------------------------------------------------------


@pytest.mark.parametrize("status", ["false", "true", 0, 1, None, [], {}], ids=repr)
@pytest.mark.parametrize("operation_id", ALL_OPS)
def test_only_status_true_is_a_success(
    status: Any, operation_id: str, api: FakePayCombat, client: AuthenticatedClient
) -> None:
    base = canned(api, client, operation_id)
    api.script(operation_id, Scripted(200, {**base, "status": status}))
    with pytest.raises(APIResponseValidationError) as caught:
        call(operation_id, client)
    assert caught.value.path == "$.status"
    assert not isinstance(caught.value, APIRefusedError)


def test_status_false_is_a_refusal_and_no_status_is_a_success(api: FakePayCombat, client: AuthenticatedClient) -> None:
    base = canned(api, client, "retrievePayin")
    api.script("retrievePayin", Scripted(200, {"status": False}))
    with pytest.raises(APIRefusedError) as caught:
        call("retrievePayin", client)
    assert caught.value.message == "refused (no message)"
    assert "refused (no message)" in str(caught.value) and "OK" not in str(caught.value)
    api.script("retrievePayin", Scripted(200, {key: value for key, value in base.items() if key != "status"}))
    parsed = call("retrievePayin", client)
    assert isinstance(parsed.status, Unset) and parsed.data.id == base["data"]["id"]


# --- types that help the caller ------------------------------------------------------------------


def test_detailed_parsed_is_not_optional(client: AuthenticatedClient) -> None:
    assert isinstance(typing.get_type_hints(Response)["parsed"], typing.TypeVar)  # T, not T | None
    response = create_payout.sync_detailed(client=client, body=payout_body())
    assert isinstance(response.parsed, PayoutResponse)


def test_unset_prints_as_unset() -> None:
    assert repr(UNSET) == "UNSET" and not UNSET
    shown = repr(Payout(id="p1"))
    assert "id='p1'" in shown and "status=UNSET" in shown and " at 0x" not in shown
    assert (
        repr(
            CreatePayoutRequest(
                sender_currency="AUD", beneficiary_currency="AUD", payout_method_name="m", purpose_code="SELF"
            )
        ).count("UNSET")
        >= 4
    )


def test_a_dict_where_a_model_is_expected_is_a_clear_type_error(
    api: FakePayCombat, client: AuthenticatedClient
) -> None:
    as_dict: Any = payout_body().to_dict()
    with pytest.raises(TypeError, match=r"body must be a CreatePayoutRequest .*CreatePayoutRequest\.from_dict"):
        create_payout.sync(client=client, body=as_dict)
    body = payout_body()
    body.payout_beneficiary_param = {"individual": {"first_name": "Ann"}}  # type: ignore[assignment]
    with pytest.raises(TypeError, match=r"body\.payout_beneficiary_param must be a PayoutBeneficiary") as caught:
        create_payout.sync(client=client, body=body)
    assert "Ann" not in str(caught.value)
    beneficiary = PayoutBeneficiary()
    beneficiary.individual = {"first_name": "Ann"}  # type: ignore[assignment]
    body.payout_beneficiary_param = beneficiary
    with pytest.raises(TypeError, match=r"payout_beneficiary_param\.individual must be a PayoutBeneficiaryIndividual"):
        create_payout.sync(client=client, body=body)
    assert api.hits_for("createPayout") == []


async def test_every_request_value_is_of_its_field_type_before_anything_is_sent(
    api: FakePayCombat, client: AuthenticatedClient
) -> None:
    import enum

    class Currency(enum.StrEnum):
        AUD = "AUD"

    wrong: list[tuple[dict[str, Any], str]] = [
        ({"sender_amount": "100.50"}, r"body\.sender_amount must be a Decimal or a float or int, not a str"),
        ({"sender_amount": True}, r"body\.sender_amount must be .*, not a bool"),
        ({"order_id": None}, r"body\.order_id must be an int or a str, not None"),
        ({"purpose_code": 7}, r"body\.purpose_code must be a str, not an int"),
    ]
    for change, message in wrong:
        body = payout_body()
        for name, value in change.items():
            setattr(body, name, value)
        with pytest.raises(RequestTypeError, match=message) as refused:
            await create_payout.asyncio(client=client, body=body)
        assert "100.50" not in str(refused.value)
        with pytest.raises(RequestTypeError, match=message):
            create_payout.sync(client=client, body=body)
    nested = payout_body()
    assert isinstance(nested.payout_beneficiary_param, PayoutBeneficiary)
    assert not isinstance(nested.payout_beneficiary_param.individual, Unset)
    nested.payout_beneficiary_param.individual.first_name = 5  # type: ignore[assignment]
    with pytest.raises(RequestTypeError, match=r"payout_beneficiary_param\.individual\.first_name must be a str"):
        create_payout.sync(client=client, body=nested)
    assert api.hits_for("createPayout") == []
    from paycombat_client.api.customer import create_customer
    from paycombat_client.models import CreateCustomerRequest

    unknown_kind = CreateCustomerRequest(description="d", type_="personal")  # type: ignore[arg-type]
    with pytest.raises(RequestTypeError, match=r"body\.type_ must be 'company' or 'individual', not another str"):
        create_customer.sync(client=client, body=unknown_kind)
    assert api.hits_for("createCustomer") == []
    # What means the same once encoded is sent: a str subclass (an enum member), an int for an amount.
    body = payout_body()
    body.sender_currency, body.sender_amount, body.order_id = Currency.AUD, 100, "ord-1"
    await create_payout.asyncio(client=client, body=body)
    [hit] = api.hits_for("createPayout")
    assert hit.verdict == "ok" and b'"sender_currency":"AUD"' in hit.body and b'"sender_amount":100' in hit.body


def test_unset_and_the_new_errors_survive_pickling(api: FakePayCombat, client: AuthenticatedClient) -> None:
    payout = pickle.loads(pickle.dumps(Payout(id="p1")))
    assert payout.status is UNSET and payout.id == "p1"
    body = payout_body()
    body.payout_beneficiary_param = {"individual": {}}  # type: ignore[assignment]
    with pytest.raises(TypeError) as refused:
        create_payout.sync(client=client, body=body)
    copy = pickle.loads(pickle.dumps(refused.value))
    assert (type(copy), str(copy), copy.path) == (type(refused.value), str(refused.value), refused.value.path)
    base = canned(api, client, "retrievePayout")
    api.script("retrievePayout", Scripted(200, dumps({**base, "data": {**base["data"], "fee_taken": "x"}})))
    with pytest.raises(APIResponseValidationError) as caught:
        call("retrievePayout", client)
    assert caught.value.path == "$.data.fee_taken"
    assert isinstance(caught.value.expected, str) and "decimal" in caught.value.expected
