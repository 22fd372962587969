"""The ontology's terms as an rdflib namespace: ``kg.vocab.KGO``, made at its first use."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from kg.vocab import ONTOLOGY_IRI

__all__ = ["KGO"]


class KGO(DefinedNamespace):
    """The kg ontology (``ontologies/kg.ttl``)."""

    # classes
    Actor: URIRef
    State: URIRef
    ArmedGroup: URIRef
    GovernmentBody: URIRef
    InternationalOrganization: URIRef
    Organization: URIRef
    Person: URIRef
    Location: URIRef
    Place: URIRef
    Assertion: URIRef
    Mention: URIRef
    Article: URIRef
    Modality: URIRef
    # modalities
    Asserted: URIRef
    Alleged: URIRef
    Denied: URIRef
    Hypothetical: URIRef
    # relations
    attacked: URIRef
    coerced: URIRef
    threatened: URIRef
    mobilizedAgainst: URIRef
    sanctioned: URIRef
    accused: URIRef
    demanded: URIRef
    rejected: URIRef
    protestedAgainst: URIRef
    agreedWith: URIRef
    consulted: URIRef
    cooperatedWith: URIRef
    supports: URIRef
    aided: URIRef
    concededTo: URIRef
    retreatedFrom: URIRef
    alliedWith: URIRef
    memberOf: URIRef
    partOf: URIRef
    officialOf: URIRef
    leads: URIRef
    controls: URIRef
    operatesIn: URIRef
    # assertion, mention and actor terms
    subject: URIRef
    relation: URIRef
    object: URIRef
    modality: URIRef
    attributedTo: URIRef
    location: URIRef
    eventDate: URIRef
    confidence: URIRef
    role: URIRef
    article: URIRef
    sentence: URIRef
    start: URIRef
    end: URIRef
    subjectText: URIRef
    subjectStart: URIRef
    subjectEnd: URIRef
    objectText: URIRef
    objectStart: URIRef
    objectEnd: URIRef
    rule: URIRef
    country: URIRef
    wikidata: URIRef
    rollsUpTo: URIRef
    # curation
    Correction: URIRef
    Merge: URIRef
    AddAlias: URIRef
    Retype: URIRef
    corrects: URIRef
    mergedActor: URIRef
    mergedLabel: URIRef
    name: URIRef
    newType: URIRef
    # annotations
    ploverType: URIRef
    ploverGsrLabel: URIRef
    cameoRoot: URIRef
    inverseLabel: URIRef

    _NS = Namespace(ONTOLOGY_IRI + "#")
    # rdflib only warns about an unknown term by default; make a typo an AttributeError.
    _fail = True
