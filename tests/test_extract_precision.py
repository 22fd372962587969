"""Relations a sentence does not state, beside close ones it does (kg.extract).

On the real model and gazetteer, with actors of other theatres than the dev data's: each
case names a triple that must come out and one that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kg.pipeline import Pipeline
from kg.types import Article

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def triples() -> object:
    pipeline = Pipeline()

    def run(text: str) -> set[Triple]:
        article = Article(id="precision-test", text=text, date=dt.date(2025, 3, 1))
        [(_, assertions)] = list(pipeline.extract([article]))
        return {(a.subject.actor.id, a.relation.value, a.object.actor.id) for a in assertions}

    return run


def _check(found: set[Triple], expected: Triple | None, forbidden: Triple | None) -> None:
    if expected is not None:
        assert expected in found
    if forbidden is not None:
        assert forbidden not in found


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # "warned Y of the drones' approach" tells Y; "warned Y of severe consequences"
        # threatens it
        (
            "Kenya said it had warned Somalia of the militants' approach.",
            None,
            ("kenya", "threatened", "somalia"),
        ),
        (
            "Argentina warned Chile about the risks of a wider dispute.",
            None,
            ("argentina", "threatened", "chile"),
        ),
        ("Iran warned Israel of a crushing response.", ("iran", "threatened", "israel"), None),
        (
            "Ankara warned Washington of severe consequences.",
            ("turkey", "threatened", "united-states"),
            None,
        ),
        (
            "Israel warned the leader of Hezbollah that he would pay a heavy price.",
            ("israel", "threatened", "hezbollah"),
            None,
        ),
        (
            "North Korea warned Seoul against further drills.",
            ("north-korea", "threatened", "south-korea"),
            None,
        ),
    ],
)
def test_warned_of(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # a state's own detainee freed yields to no one; a captive of another side does
        (
            "Human Rights Watch urged Egypt's authorities to release Alaa Abd El-Fattah.",
            ("human-rights-watch", "demanded", "egypt"),
            ("egypt", "retreatedFrom", "alaa-abd-el-fattah"),
        ),
        (
            "Myanmar's junta released Aung San Suu Kyi on Saturday.",
            None,
            ("myanmar", "retreatedFrom", "aung-san-suu-kyi"),
        ),
        (
            "Russia released Evan Gershkovich in a prisoner swap.",
            ("russia", "retreatedFrom", "evan-gershkovich"),
            None,
        ),
        ("Israel freed 90 Hamas fighters.", ("israel", "retreatedFrom", "hamas"), None),
    ],
)
def test_freed_detainee(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # who is pressed to act acts, and only as asked: the presser makes no deal
        (
            "Washington stepped up pressure on Kyiv to sign a deal with Moscow.",
            ("united-states", "demanded", "ukraine"),
            ("united-states", "agreedWith", "russia"),
        ),
        (
            "Washington stepped up pressure on Kyiv to sign a deal with Moscow.",
            ("ukraine", "agreedWith", "russia"),
            None,
        ),
        (
            "Qatar put pressure on Hamas to accept a truce with Israel.",
            ("hamas", "agreedWith", "israel"),
            ("qatar", "agreedWith", "israel"),
        ),
        (
            "The EU increased pressure on Belgrade to normalise ties with Kosovo.",
            ("serbia", "cooperatedWith", "kosovo"),
            ("european-union", "cooperatedWith", "kosovo"),
        ),
    ],
)
def test_pressed_to_act(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


def test_pressed_to_act_is_asked_for() -> None:
    pipeline = Pipeline()
    article = Article(
        id="precision-test",
        text="Washington stepped up pressure on Kyiv to sign a deal with Moscow.",
        date=dt.date(2025, 3, 1),
    )
    [(_, assertions)] = list(pipeline.extract([article]))
    [deal] = [a for a in assertions if a.relation.value == "agreedWith"]
    assert deal.modality.value == "Hypothetical"


def test_speaker_after_the_victims() -> None:
    # the speaker the parser hangs on the last noun before "said" is no victim
    pipeline = Pipeline()
    article = Article(
        id="precision-test",
        text="Boko Haram militants ambushed an army convoy in the Gwoza district of Borno "
        "state, killing 11 soldiers including two officers, the military's media wing said "
        "on Wednesday.",
        date=dt.date(2025, 3, 1),
    )
    [(_, assertions)] = list(pipeline.extract([article]))
    attacked = {a.object.span.text for a in assertions if a.relation.value == "attacked"}
    assert "army" in attacked
    assert "media wing" not in attacked


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # a state's ground named by its adjective is where an act is, not on whom (but a
        # strike on it strikes the state)
        (
            "Colombia rejects any U.S. military action on Venezuelan soil.",
            ("colombia", "rejected", "united-states-armed-forces"),
            ("united-states-armed-forces", "coerced", "venezuela"),
        ),
        (
            "Pakistan condemned the Indian military action on Pakistani territory.",
            ("pakistan", "accused", "indian-armed-forces"),
            ("indian-armed-forces", "coerced", "pakistan"),
        ),
        (
            "India carried out strikes on Pakistani territory.",
            ("india", "attacked", "pakistan"),
            None,
        ),
        ("The US imposed sanctions on Iranian oil.", ("united-states", "sanctioned", "iran"), None),
    ],
)
def test_ground_of_a_state(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # a jailbreak frees captives from where they were held: no retreat from its state
        (
            "ISWAP fighters freed 200 inmates from a Nigerian prison.",
            None,
            ("islamic-state-west-africa-province", "retreatedFrom", "nigeria"),
        ),
        (
            "Boko Haram fighters stormed the northeastern Nigerian town of Bama overnight, "
            "freeing more than 300 inmates from its prison.",
            None,
            ("boko-haram", "retreatedFrom", "nigeria"),
        ),
        (
            "Russian troops withdrew from Kherson.",
            ("russian-armed-forces", "retreatedFrom", "ukraine"),
            None,
        ),
        ("Hamas freed Israel's hostages.", ("hamas", "retreatedFrom", "israel"), None),
    ],
)
def test_jailbreak(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # preventing an event in a place coerces no one there
        (
            "The EU urged Serbia to prevent further violence in Kosovo.",
            ("european-union", "demanded", "serbia"),
            ("serbia", "coerced", "kosovo"),
        ),
        (
            "Senators called on Secretary of State Marco Rubio to prevent further deterioration "
            "in Bosnia.",
            None,
            ("marco-rubio", "coerced", "bosnia-and-herzegovina"),
        ),
        (
            "Israel prevented Hamas from entering the Rafah crossing.",
            ("israel", "coerced", "hamas"),
            None,
        ),
    ],
)
def test_prevented_event(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # a finite verb joined by the parser to a participle on an object goes with the
        # finite verb of that object
        (
            "Saudi Arabia, which leads the military coalition fighting the Houthis and backs "
            "the PLC, sent a delegation.",
            ("saudi-arabia", "supports", "plc"),
            ("saudi-led-coalition", "supports", "plc"),
        ),
        (
            "Saudi Arabia, which leads the military coalition fighting the Houthis and backs "
            "the PLC, sent a delegation.",
            ("saudi-led-coalition", "attacked", "houthis"),
            None,
        ),
    ],
)
def test_finite_verb_joined_to_a_participle(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # after a relative aside closed by a comma, "and has V" goes on the main clause
        (
            "Niger has turned instead to Russia, whose military instructors arrived in Niamey "
            "in 2024, and has deepened military ties with Turkey.",
            ("niger", "cooperatedWith", "turkey"),
            ("russian-armed-forces", "cooperatedWith", "turkey"),
        ),
        # (sharing the aside's auxiliary, it may be the aside's: left as parsed)
        (
            "Kenya backs Somalia, whose army has fought al-Shabaab for years, and has attacked "
            "the militants.",
            ("kenya", "supports", "somalia"),
            ("kenya", "attacked", "al-shabaab"),
        ),
    ],
)
def test_main_clause_after_an_aside(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # "after X, Y and Z triggered ...": the list is the subject of the time clause
        (
            "United Nations sanctions on Iran have come back into force after Britain, France "
            "and Germany triggered the snapback mechanism, a move Tehran denounced as void.",
            ("iran", "accused", "germany"),
            ("iran", "accused", "united-nations"),
        ),
        (
            "Somalia expelled Ethiopia's ambassador after Addis Ababa signed a port deal with "
            "Somaliland.",
            ("ethiopia", "agreedWith", "somaliland"),
            None,
        ),
    ],
)
def test_list_opening_a_time_clause(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # "..., which X ruled out" after a state's ground rules out the clause, not the
        # ground's owner
        (
            "The minister said the deal did not mean that Colombia would accept US troops on "
            "its territory, which Petro has repeatedly ruled out.",
            None,
            ("gustavo-petro", "rejected", "colombia"),
        ),
        (
            "Azerbaijani forces entered Armenian territory, which Yerevan condemned.",
            ("armenia", "accused", "azerbaijan-armed-forces"),
            None,
        ),
    ],
)
def test_ground_ruled_out(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # the toll of a measure or of trade is no attack; the toll of strikes is
        ("US sanctions have damaged Iran's economy.", None, ("united-states", "attacked", "iran")),
        (
            "Indian tariffs are hurting Bangladesh's exporters.",
            None,
            ("india", "attacked", "bangladesh"),
        ),
        (
            "Israeli airstrikes have devastated Hamas's tunnel network.",
            ("israel", "attacked", "hamas"),
            None,
        ),
    ],
)
def test_toll_of_measures(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # an order that puts someone in prison detains; one to act asks
        (
            "An Egyptian court ordered activist Alaa Abd El-Fattah back to prison this week.",
            ("egypt-judiciary", "coerced", "alaa-abd-el-fattah"),
            ("egypt-judiciary", "demanded", "alaa-abd-el-fattah"),
        ),
        (
            "Kenya ordered the UN envoy to leave the country.",
            ("kenya", "demanded", "united-nations"),
            ("kenya", "coerced", "united-nations"),
        ),
    ],
)
def test_ordered_to_prison(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # an offer's partner is named in the act offered (or the help it gives), not in a
        # purpose further down
        (
            "Qatar offered to pay the smugglers to bring Kenya's envoy to Doha.",
            None,
            ("qatar", "agreedWith", "kenya"),
        ),
        (
            "Turkey offered to pay the brokers to hand Syria's files to Iraq.",
            None,
            ("turkey", "agreedWith", "iraq"),
        ),
        (
            "Norway is willing to send material to help defend Saudi Arabia if it is attacked.",
            ("norway", "agreedWith", "saudi-arabia"),
            None,
        ),
        (
            "Moscow has agreed to supply Mali with helicopters.",
            ("russia", "agreedWith", "mali"),
            None,
        ),
    ],
)
def test_offer_partner_depth(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # the head of a body's unit ("its mission", "its office") is its official, not
        # its leader
        (
            "Kwame Mensah, who heads the African Union's mission in Somalia, told reporters "
            "the situation was calm.",
            ("kwame-mensah", "officialOf", "african-union"),
            ("kwame-mensah", "leads", "african-union"),
        ),
        (
            "Kwame Mensah, who heads the African Union, told reporters the situation was calm.",
            ("kwame-mensah", "leads", "african-union"),
            None,
        ),
        (
            "Ali Hassan, the head of the World Bank office in Nairobi, warned of a debt crisis.",
            ("ali-hassan", "officialOf", "world-bank"),
            ("ali-hassan", "leads", "world-bank"),
        ),
        (
            "Ali Hassan, the head of the World Bank, warned of a debt crisis.",
            ("ali-hassan", "leads", "world-bank"),
            None,
        ),
        # the leader of a part of a state ("western Sudan") leads no state
        (
            "Mahmoud Ali, the de facto leader of western Sudan, met Putin.",
            None,
            ("mahmoud-ali", "leads", "sudan"),
        ),
        (
            "Mahmoud Ali, the leader of Sudan, met Putin.",
            ("mahmoud-ali", "leads", "sudan"),
            None,
        ),
    ],
)
def test_head_of_a_unit_or_a_region(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # readiness for an act done with Y is read as that act, no agreement with Y
        (
            "Chile said it was ready to work with Peru on border security.",
            ("chile", "cooperatedWith", "peru"),
            ("chile", "agreedWith", "peru"),
        ),
        # (readiness to give stays an offer)
        (
            "Chile said it was ready to send troops to Peru.",
            ("chile", "agreedWith", "peru"),
            None,
        ),
    ],
)
def test_ready_for_a_joint_act(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # a title's state is not read across a quotation mark: the state a speaker
        # names inside his quote is no evidence of his office
        (
            'President Gustavo Petro said the army would act to "defend the sovereignty '
            'of Colombia against any aggression."',
            None,
            ("gustavo-petro", "officialOf", "colombia"),
        ),
        (
            "President Gustavo Petro said Colombia would defend its sovereignty.",
            ("gustavo-petro", "officialOf", "colombia"),
            None,
        ),
    ],
)
def test_title_state_not_across_a_quote(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # an office its owner names ("UNICEF's country director in Ethiopia", "a
        # spokesperson for UNHCR Uganda") is the owner's, not the state's it is held in
        (
            "Anna Berg, UNICEF's country director in Ethiopia, said the children needed help.",
            ("anna-berg", "officialOf", "unicef"),
            ("anna-berg", "officialOf", "ethiopia"),
        ),
        (
            "John Okello, a spokesperson for UNHCR Uganda, told VOA the camps were full.",
            ("john-okello", "officialOf", "unhcr"),
            ("john-okello", "officialOf", "uganda"),
        ),
        (
            "Anna Berg, a spokesperson for the government in Ethiopia, said the talks went well.",
            ("anna-berg", "officialOf", "ethiopia"),
            None,
        ),
        (
            "Anna Berg, Ethiopia's ambassador in Kenya, said the talks went well.",
            ("anna-berg", "officialOf", "ethiopia"),
            ("anna-berg", "officialOf", "kenya"),
        ),
    ],
)
def test_office_of_a_body_in_a_state(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # "sign" makes an agreement only with an agreement's noun for its object: a
        # letter, a petition or an order signed is none
        (
            "Russia and China signed a letter to the Security Council.",
            None,
            ("russia", "agreedWith", "united-nations-security-council"),
        ),
        (
            "Kenya and Uganda signed a petition against the tariffs.",
            None,
            ("kenya", "agreedWith", "uganda"),
        ),
        (
            "Kenya and Uganda signed a memorandum of understanding.",
            ("kenya", "agreedWith", "uganda"),
            None,
        ),
        (
            "Kenya and Uganda signed on Friday.",
            ("kenya", "agreedWith", "uganda"),
            None,
        ),
    ],
)
def test_what_is_signed(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # sympathy offered is no offer of an agreement
        (
            "Putin offered condolences to Turkey after the earthquake.",
            None,
            ("vladimir-putin", "agreedWith", "turkey"),
        ),
        (
            "Iran offered Iraq a loan.",
            ("iran", "agreedWith", "iraq"),
            None,
        ),
        # a promise to answer Y's aggression is no undertaking to Y
        (
            "Pakistan promised to respond to India's aggression.",
            None,
            ("pakistan", "agreedWith", "india"),
        ),
        (
            "Kenya promised to help Somalia's army.",
            ("kenya", "agreedWith", "somali-national-army"),
            None,
        ),
    ],
)
def test_offers_that_are_none(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.fixture(scope="module")
def modalities() -> object:
    pipeline = Pipeline()

    def run(text: str) -> dict[Triple, str]:
        article = Article(id="precision-test", text=text, date=dt.date(2025, 3, 1))
        [(_, assertions)] = list(pipeline.extract([article]))
        return {
            (a.subject.actor.id, a.relation.value, a.object.actor.id): a.modality.value
            for a in assertions
        }

    return run


@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        # an event noun of a future, planned or proposed event states no event yet
        (
            "Chile is building leverage for future negotiations with Peru.",
            ("chile", "consulted", "peru"),
            "Hypothetical",
        ),
        (
            "The planned meeting between Ruto and Museveni was postponed.",
            ("william-ruto", "consulted", "yoweri-museveni"),
            "Hypothetical",
        ),
        (
            "Chile held negotiations with Peru.",
            ("chile", "consulted", "peru"),
            "Asserted",
        ),
        # an invitation's act is yet to come
        (
            "Ruto accepted an invitation from Museveni to visit Kampala.",
            ("william-ruto", "consulted", "uganda"),
            "Hypothetical",
        ),
        (
            "Ruto visited Kampala.",
            ("william-ruto", "consulted", "uganda"),
            "Asserted",
        ),
    ],
)
def test_events_yet_to_happen(modalities: object, text: str, triple: Triple, modality: str) -> None:
    assert modalities(text).get(triple) == modality  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # driven from a post ("out of office", "from power") is removal, no violence
        (
            "Parliament voted to push Prime Minister Oli out of office.",
            ("parliament", "coerced", "kp-sharma-oli"),
            ("parliament", "attacked", "kp-sharma-oli"),
        ),
        (
            "Nigerian troops launched an offensive to drive Boko Haram from Sambisa forest.",
            ("nigerian-armed-forces", "attacked", "boko-haram"),
            ("nigerian-armed-forces", "coerced", "boko-haram"),
        ),
    ],
)
def test_driven_from_a_post(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # a body named around another state's body is its own ("the National Security
        # Service"), not Britain's Security Service cut off from a "National"
        (
            "The National Security Service said it had arrested Armen Sargsyan.",
            ("national-security-service", "coerced", "armen-sargsyan"),
            ("security-service-mi5", "coerced", "armen-sargsyan"),
        ),
        (
            "Britain's Security Service said it had arrested Armen Sargsyan.",
            ("security-service-mi5", "coerced", "armen-sargsyan"),
            None,
        ),
    ],
)
def test_body_named_around_another(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # a name running on past a known body's ("the European Council on Foreign
        # Relations") is another organisation's
        (
            "Mark Lee, a senior fellow at the European Council on Foreign Relations, said "
            "Turkey was isolated.",
            ("mark-lee", "officialOf", "european-council-on-foreign-relations"),
            ("mark-lee", "officialOf", "european-council"),
        ),
        (
            "The European Council on Tuesday backed Ukraine.",
            ("european-council", "supports", "ukraine"),
            None,
        ),
    ],
)
def test_name_running_on_past_a_known_one(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # a body's word in a local office's title is no town's name ("Police" is also a
        # town in Poland)
        (
            "Police Commissioner David Manning said the suspects had been identified.",
            None,
            ("david-manning", "officialOf", "poland"),
        ),
        (
            "Kharkiv Mayor Ihor Terekhov said the strike hit a school.",
            ("ihor-terekhov", "officialOf", "ukraine"),
            None,
        ),
    ],
)
def test_sector_word_is_no_town(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


_KENYA = (
    "Kenya has been hit by weeks of protests. Kenyan police fired tear gas in Nairobi, and "
    "Kenya's parliament suspended its session. "
)


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # a description of the state ("the government", "the authorities") gives a bare
        # title its state only as the subject of what the holder says, or as the body
        # "of" the holder: not as the object of others' acts
        (
            _KENYA + "The opposition accused the government of brutality and said the ruling "
            "coalition of Interior Minister Jane Mwangi was afraid.",
            None,
            ("jane-mwangi", "officialOf", "kenya"),
        ),
        (
            _KENYA + "Interior Minister Jane Mwangi urged residents to report the attackers to "
            "the authorities.",
            None,
            ("jane-mwangi", "officialOf", "kenya"),
        ),
        (
            _KENYA + "Interior Minister Jane Mwangi said the government would not back down.",
            ("jane-mwangi", "officialOf", "kenya"),
            None,
        ),
    ],
)
def test_title_state_from_a_description(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # a delegation sent to talks goes where they are held: no offer to that state
        (
            "Israel agreed to send a delegation to Doha.",
            None,
            ("israel", "agreedWith", "qatar"),
        ),
        (
            "Hamas agreed to send negotiators to Cairo for talks.",
            None,
            ("hamas", "agreedWith", "egypt"),
        ),
        # (troops sent are an offer to the state they go to)
        (
            "Russia agreed to send troops to Mali.",
            ("russia", "agreedWith", "mali"),
            None,
        ),
    ],
)
def test_delegation_sent_to_talks(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # to lead the efforts between X and Y, or X's act, is to lead no X
        (
            "Qatar led mediation efforts between Israel and Hamas.",
            None,
            ("qatar", "leads", "israel"),
        ),
        (
            "Qatar led Hamas.",
            ("qatar", "leads", "hamas"),
            None,
        ),
    ],
)
def test_leading_an_act_of_others(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # "withdrew X from Y": X is what is withdrawn, not the one retreated from
        (
            "Trump withdrew the United States from the Paris climate agreement.",
            None,
            ("donald-trump", "retreatedFrom", "united-states"),
        ),
        (
            "Russia withdrew Wagner from Mali.",
            None,
            ("russia", "retreatedFrom", "wagner-group"),
        ),
        (
            "Kenya withdrew its ambassador from Somalia.",
            ("kenya", "retreatedFrom", "somalia"),
            None,
        ),
    ],
)
def test_what_is_withdrawn(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # a future act of support is an offer to its beneficiary when promised or
        # offered, or when it is declared backing ("would back Y's bid"); "will defend
        # Y" alone is the hypothetical support
        (
            "Ethiopia's army chief said his troops will defend Somalia's government.",
            ("ethiopian-national-defense-force", "supports", "somalia"),
            ("ethiopian-national-defense-force", "agreedWith", "somalia"),
        ),
        (
            "The Kenyan army said it will defend Somalia's government.",
            ("kenya-defence-forces", "supports", "somalia"),
            ("kenya-defence-forces", "agreedWith", "somalia"),
        ),
        (
            "Turkey said it would back Sweden's bid to join NATO.",
            ("turkey", "agreedWith", "sweden"),
            None,
        ),
        (
            "Germany vowed to defend Lithuania against any attack.",
            ("germany", "agreedWith", "lithuania"),
            None,
        ),
        (
            "Japan offered to help the Philippines build a coast guard base.",
            ("japan", "agreedWith", "philippines"),
            None,
        ),
        # accepting talks with Y promises a meeting with Y, no accord with Y (but a
        # ceasefire or cooperation accepted is one)
        (
            "Washington urged Tehran to accept direct talks with the United States.",
            ("iran", "consulted", "united-states"),
            ("iran", "agreedWith", "united-states"),
        ),
        (
            "Israel accepted a ceasefire with Hezbollah.",
            ("israel", "agreedWith", "hezbollah"),
            None,
        ),
        ("Cuba accepted closer cooperation with Russia.", ("cuba", "agreedWith", "russia"), None),
    ],
)
def test_offers_of_support_and_talks_accepted(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # a coercion acts on its object; the place it happens in is no party to it
        (
            "The Taliban banned music at weddings in Kabul.",
            None,
            ("taliban", "coerced", "afghanistan"),
        ),
        (
            "Israeli forces demolished homes in the West Bank and detained Hamas members.",
            ("israel-defense-forces", "coerced", "hamas"),
            ("israel-defense-forces", "coerced", "palestine"),
        ),
        # preventing someone as the aim or outcome of a deployment: the deployment is
        # aimed at them, no one is coerced (but "prevented Y from ..." alone coerces Y)
        (
            "Syria's army reinforced its positions along the border to prevent Hezbollah "
            "fighters from crossing.",
            ("syria-armed-forces", "mobilizedAgainst", "hezbollah"),
            ("syria-armed-forces", "coerced", "hezbollah"),
        ),
        (
            "The Kenyan army deployed troops to the border, preventing al-Shabab from "
            "entering Lamu.",
            ("kenya-defence-forces", "mobilizedAgainst", "al-shabaab"),
            ("kenya-defence-forces", "coerced", "al-shabaab"),
        ),
        (
            "The Kenyan army prevented al-Shabab fighters from entering Lamu.",
            ("kenya-defence-forces", "coerced", "al-shabaab"),
            None,
        ),
        # the kin or counsel of a person are arrested, not the person they are tied to
        (
            "Tanzanian police arrested the lawyer of opposition leader Tundu Lissu.",
            None,
            ("tanzania-police", "coerced", "tundu-lissu"),
        ),
        (
            "Authorities in Uganda detained the son of opposition leader Kizza Besigye.",
            None,
            ("uganda", "coerced", "kizza-besigye"),
        ),
        (
            "Tanzanian police arrested opposition leader Tundu Lissu and his lawyer.",
            ("tanzania-police", "coerced", "tundu-lissu"),
            None,
        ),
    ],
)
def test_coercion_places_and_aims_of_deployments(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.fixture(scope="module")
def evidence() -> object:
    pipeline = Pipeline()

    def run(text: str) -> list[tuple[str, str, str, str]]:
        article = Article(id="precision-evidence", text=text, date=dt.date(2025, 3, 1))
        [(_, assertions)] = list(pipeline.extract([article]))
        return [
            (a.subject.actor.id, a.relation.value, a.object.actor.id, a.sentence.text)
            for a in assertions
        ]

    return run


@pytest.mark.parametrize(
    ("text", "pair", "sentences"),
    [
        # a state's forces named with its demonym are named, not said to be its part
        # (the body's own part_of holds that); the possessive says whose they are each
        # time
        (
            "The Nigerien army said it killed ten militants near Tillaberi. Residents said "
            "the Nigerien army had also detained two herders.",
            ("niger-armed-forces", "niger"),
            0,
        ),
        (
            "Colombian police arrested two ELN commanders in Cucuta. Colombian police said "
            "a third had fled to Venezuela.",
            ("colombian-national-police", "colombia"),
            0,
        ),
        (
            "Niger's army said it killed ten militants near Tillaberi. Residents said "
            "Niger's army had also detained two herders.",
            ("niger-armed-forces", "niger"),
            2,
        ),
        (
            "The Nigerien army said it killed ten militants near Tillaberi. A Nigerien "
            "army spokesman said two soldiers were wounded.",
            ("niger-armed-forces", "niger"),
            0,
        ),
    ],
)
def test_forces_named_again_by_their_state(
    evidence: object, text: str, pair: tuple[str, str], sentences: int
) -> None:
    found = evidence(text)  # type: ignore[operator]
    parts = {s for a, r, b, s in found if (a, r, b) == (pair[0], "partOf", pair[1])}
    assert len(parts) == sentences, found


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # who leads a party's talks is its official, no leader of the party (but who leads
        # the party itself leads it)
        (
            "Ali Larijani led Iran's nuclear negotiations with the West.",
            ("ali-larijani", "officialOf", "iran"),
            ("ali-larijani", "leads", "iran"),
        ),
        (
            "Former European Union official Michel Barnier, who led the bloc's Brexit "
            "negotiations, spoke in Paris.",
            None,
            ("michel-barnier", "leads", "european-union"),
        ),
        (
            "Salva Kiir leads the Sudan People's Liberation Movement.",
            ("salva-kiir", "leads", "splm"),
            None,
        ),
    ],
)
def test_talks_led_for_a_party(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # a demand is made of its addressee, not of the state where the act asked for
        # would happen (but a threat to act in a place is one to the place's state)
        (
            "The UN urged donors to fund relief operations in Chad.",
            None,
            ("united-nations", "demanded", "chad"),
        ),
        (
            "Norway urged donors to cooperate on demining in Ukraine.",
            None,
            ("norway", "demanded", "ukraine"),
        ),
        (
            "Kenya urged Ethiopia to withdraw its troops from Somalia.",
            ("kenya", "demanded", "ethiopia"),
            None,
        ),
        (
            "Israel threatened to ban voting in East Jerusalem.",
            ("israel", "threatened", "palestine"),
            None,
        ),
    ],
)
def test_demands_of_no_place(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # "its" in what one is urged to do is the urged one's (but the sayer's when it
        # speaks of its own act)
        (
            "Kenya urged Ethiopia to withdraw its troops deployed in Somalia.",
            ("ethiopian-national-defense-force", "operatesIn", "somalia"),
            ("kenya", "operatesIn", "somalia"),
        ),
        (
            "Kenya said it would withdraw its troops deployed in Somalia.",
            ("kenya-defence-forces", "operatesIn", "somalia"),
            None,
        ),
    ],
)
def test_its_in_what_one_is_urged_to_do(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]


def test_an_undirected_relation_is_one_edge(triples: object) -> None:
    # a meeting, an accord or a cooperation of two actors is read once, whichever way
    # round the rules found it ("formed the alliance": each pair cooperated)
    found = triples(  # type: ignore[operator]
        "Burkina Faso, Mali and Niger formed the Alliance of Sahel States in 2024."
    )
    pairs = [(s, o) for s, r, o in found if r == "cooperatedWith"]
    assert pairs
    assert len({frozenset(p) for p in pairs}) == len(pairs)


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # "X, the A president, and his B counterpart Y": the second office is Y's
        (
            "Luis Arce, the Bolivian president, and his Peruvian counterpart Dina Boluarte "
            "met in La Paz.",
            ("luis-arce", "officialOf", "bolivia"),
            ("luis-arce", "officialOf", "peru"),
        ),
        # "General X said": a rank names no state, even of a known holder (but "President
        # X said" does)
        (
            "General Asim Munir said Pakistan would respond to any aggression.",
            None,
            ("asim-munir", "officialOf", "pakistan"),
        ),
        (
            "President William Ruto said Kenya would keep its troops in Somalia.",
            ("william-ruto", "officialOf", "kenya"),
            None,
        ),
        # "X assured Y that ...": a pledge, not a talk
        (
            "Ruto assured Museveni that Kenya would pay its share of the pipeline.",
            ("william-ruto", "agreedWith", "yoweri-museveni"),
            ("william-ruto", "consulted", "yoweri-museveni"),
        ),
    ],
)
def test_pairs_and_pledges(
    triples: object, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    _check(triples(text), expected, forbidden)  # type: ignore[operator]
