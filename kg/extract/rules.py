"""The rule registry: every way kg reads an assertion off a parse, with an example.

The ``confidence`` of a rule is its base confidence; an assertion's confidence is that,
lowered by 0.05 when an argument was resolved by coreference and by 0.1 when the
statement is alleged, denied or hypothetical (see :func:`kg.extract.confidence_of`).
The base values rank the rules by how often they were right on the development data:
verbal frames with both arguments in the clause first, inferences across sentences last.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.patterns import read_rules

__all__ = ["RULES", "Rule"]


@dataclass(frozen=True, slots=True)
class Rule:
    """An extraction rule: how a frame reads subject and object off a trigger."""

    name: str
    example: str
    confidence: float


#: The rule registry, by name: the readable rule table.
RULES: dict[str, Rule] = {
    rule.name: rule
    for rule in (
        Rule("active-svo", "US forces struck Kataib Hezbollah.", 0.85),
        Rule("passive-by-agent", "The Houthis were attacked by US forces.", 0.85),
        Rule("participle-by-agent", "The Houthis, an insurgent group supported by Iran, ...", 0.85),
        Rule("prepositional-object", "Russia cut off gas supplies to Ukraine.", 0.75),
        Rule("possessor-object", "Britain criticised the decision of the Iranian government.", 0.7),
        Rule("complement-object", "Libya offered to hand over the suspects to Britain.", 0.7),
        Rule(
            "clausal-object",
            "The Security Council demanded that the Houthis halt their attacks.",
            0.75,
        ),
        Rule("light-verb-nominal", "Iran launched missile strikes against Pakistan.", 0.8),
        Rule("nominal-prep-target", "A US drone strike on Kataib Hezbollah ...", 0.75),
        Rule(
            "nominal-by-agent", "The drone strike by the United States on Kataib Hezbollah ...", 0.8
        ),
        Rule("compound-participle", "Iran-backed militias such as Kataib Hezbollah ...", 0.8),
        Rule("nominal-backer", "Hezbollah and its Iranian backers rejected the plan.", 0.7),
        Rule("place-object", "Russia massed troops in Belarus.", 0.6),
        Rule("repelled-attack", "Kurdish forces repelled an Islamic State attack.", 0.75),
        Rule(
            "claimed-earlier-attack",
            "Three Colombian soldiers were killed in an ambush. The ELN claimed responsibility "
            "for the attack.",
            0.6,
        ),
        Rule("place-participle", "Al-Shabaab, a militant group based in Somalia, ...", 0.75),
        Rule(
            "act-agent",
            "Amnesty International protested against violations by the Iranian police.",
            0.65,
        ),
        Rule("claim-author", "Kenya blamed Uganda, a charge Kampala rejected.", 0.65),
        Rule("purpose-object", "Britain mobilized reservists for war against Iraq.", 0.6),
        Rule("complement-place", "Pakistan refused to deploy peacekeepers in Iraq.", 0.55),
        Rule(
            "condition-subject",
            "Russia threatened to halt the talks if the United States deploys missiles.",
            0.6,
        ),
        Rule(
            "event-agent-inherited",
            "Israel launched airstrikes on Hamas. The strikes also hit Hezbollah.",
            0.6,
        ),
        Rule(
            "identified-perpetrator",
            "A rocket attack hit US forces. The attackers were identified as Kataib Hezbollah.",
            0.6,
        ),
        Rule("symmetric-coordination", "Israel and Hamas signed a ceasefire.", 0.75),
        Rule("joint-agents", "Iraqi troops and Kurdish fighters attacked Islamic State.", 0.65),
        Rule("relational-noun", "The UK and other allies of the US ...", 0.75),
        Rule("support-adjunct", "Rwanda sent troops in support of M23.", 0.75),
        Rule("dyad-compound", "The Russia-Ukraine war entered its fourth year.", 0.75),
        Rule("gerund-of", "Iran's arming of the Houthis worries Washington.", 0.7),
        Rule("title-apposition", "US Defense Secretary Lloyd Austin said ...", 0.9),
        Rule("np-part-of", "Afghanistan's Ministry of Foreign Affairs said ...", 0.8),
        Rule("np-place", "Pakistan blamed militants of the TTP in Afghanistan.", 0.7),
        Rule("pro-compound", "Pro-Russian separatists declared independence.", 0.75),
        Rule("title-first-apposition", "Japan's new prime minister, Shigeru Ishiba, ...", 0.85),
        Rule(
            "title-of-apposition",
            "Mareike Ohlberg, a senior fellow at the German Marshall Fund",
            0.8,
        ),
        Rule(
            "appointed-as", "Kenya's president appointed Musalia Mudavadi as foreign minister.", 0.8
        ),
        Rule("reported-obligation", "Russia said that Sudan must return the helicopter.", 0.7),
        Rule("intent-commitment", "Finland will give Tanzania a grant.", 0.65),
        Rule("refused-agreement", "The Palestinians and Israelis failed to reach a deal.", 0.65),
        Rule("intent-threat", "Russia will halt gas supplies to Ukraine if the talks fail.", 0.65),
        Rule("intent-preparation", "Russia prepared to attack Ukraine.", 0.6),
        Rule("met-and-agreed", "Ruto met Abiy in Addis Ababa and signed a security pact.", 0.7),
        # the dependency patterns of ontologies/kg.patterns.toml (kg.extract.patterns)
        *(Rule(rule.name, rule.example, rule.confidence) for rule in read_rules()),
    )
}
