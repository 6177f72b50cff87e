"""Coding rules for PLOVER fidelity and wire-report clause shapes (crowds, phrasal verbs, directives, vows,
riots, official seizures, declared commitments), each pinned on a sentence we wrote."""

from __future__ import annotations

import pytest
from spacy.language import Language

from annalist.events.extractor import EventExtractor
from annalist.records import EventMention


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor()


def main_event(nlp: Language, extractor: EventExtractor, text: str) -> EventMention:
    found = extractor.extract(nlp(text), timexes=[], toponyms=[], citation_spans=[])
    assert found, f"no event coded in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "plover_type", "rule_start"),
    [
        ("Iraqi gunners have shelled the border posts, the agency said.", "ASSAULT", "verb:shell"),
        ("Iran rejected the Iraqi ultimatum.", "REJECT", "frame:reject"),
        ("Tehran will release fifty prisoners next week.", "AGREE", "commitment:"),
        ("Baghdad will recall its ambassador unless Tehran apologizes.", "THREATEN", "commitment:"),
        ("Kurdish riots are continuing in the north.", "PROTEST", "occurrence:riot"),
        ("The government lifted the state of emergency in the province.", "CONCEDE", "phrase:lift+emergency"),
        ("The unions staged a general strike.", "PROTEST", "light:stage"),
        ("The MEK went on the offensive near Kerend.", "ASSAULT", "light:go+offensive"),
        ("Iran expelled two Iraqi diplomats.", "SANCTION", "phrase:expel"),
        ("The two foreign ministers signed a border treaty.", "SUPPORT", "phrase:sign"),
    ],
)
def test_type_and_rule(
    base_nlp: Language, extractor: EventExtractor, text: str, plover_type: str, rule_start: str
) -> None:
    event = main_event(base_nlp, extractor, text)
    assert (event.type, event.modality) == (plover_type, "reported" if "agency said" in text else "asserted")
    assert event.rule.startswith(rule_start)


def test_perfect_tense_under_speech_is_not_a_demand(base_nlp: Language, extractor: EventExtractor) -> None:
    event = main_event(base_nlp, extractor, "Rebels have seized the depot, residents said.")
    assert event.type == "ASSAULT" and event.modality == "reported"


def test_demand_targets_who_must_act_not_their_forces(base_nlp: Language, extractor: EventExtractor) -> None:
    event = main_event(base_nlp, extractor, "The council demanded that Iraq withdraw its forces from Kuwait.")
    assert event.type == "REQUEST"
    assert [r.name for r in event.recipients] == ["Government of Iraq"]


def test_relayed_commitment_belongs_to_the_committed_party(base_nlp: Language, extractor: EventExtractor) -> None:
    event = main_event(base_nlp, extractor, "Syria will withdraw its troops from Lebanon, a spokesman said.")
    assert event.type == "AGREE"
    assert [a.text for a in event.actors] == ["Syria"]
    assert [r.text for r in event.recipients] == ["Lebanon"]


def test_material_support_is_aid(base_nlp: Language, extractor: EventExtractor) -> None:
    event = main_event(base_nlp, extractor, "Iraqi forces supported the MEK columns with air cover.")
    assert event.type == "AID"


def test_fallback_codes_a_trigger_below_an_unknown_root_with_lower_confidence(
    base_nlp: Language, extractor: EventExtractor
) -> None:
    event = main_event(base_nlp, extractor, "The exiles issued a leaflet demanding that Baghdad free the captives.")
    assert event.type == "REQUEST" and event.rule.startswith("fallback:")
    assert event.extractor.confidence < 0.75


def test_a_forecast_reported_by_someone_else_stays_dropped(base_nlp: Language, extractor: EventExtractor) -> None:
    found = extractor.extract(
        base_nlp("The analyst said the rebels would attack the capital."), timexes=[], toponyms=[], citation_spans=[]
    )
    assert found == []


@pytest.mark.parametrize(
    ("text", "plover_type", "actor_word"),
    [
        # a crowd of civilians is the actor of its protest
        ("Tens of thousands of people marched through the old town.", "PROTEST", "people"),
        ("A crowd of farmers demonstrated in front of the parliament building.", "PROTEST", "crowd"),
        ("Students of the university took to the streets of Bamako on Monday.", "PROTEST", "Students"),
        # phrasal verbs the parser splits into verb + preposition or adverb
        ("The minister called for international assistance to fight the floods.", "REQUEST", "minister"),
        ("The senate voted down a motion to extend the emergency.", "REJECT", "senate"),
        ("The rebels pulled out of the village after two days of shelling.", "RETREAT", "rebels"),
        ("The garrison fell back to the river after the assault.", "RETREAT", "garrison"),
        # an order given by a reporting verb, a vow of violence, a withdrawn measure
        ("Ankara told Athens to halt its drilling near the islands.", "REQUEST", "Ankara"),
        ("The militia vowed to retaliate for the killing of its commander.", "THREATEN", "militia"),
        ("The cabinet withdrew its draft law on foreign funding.", "CONCEDE", "cabinet"),
        ("The government ignored calls from the churches to free the prisoners.", "REJECT", "government"),
        # judicial handover, rioting crowds, police seizures
        ("Kenya handed over a suspected warlord to a tribunal in Arusha.", "COOPERATE", "Kenya"),
        ("Rioters set fire to cars and pelted the police with bottles.", "PROTEST", "Rioters"),
        ("Police raided the headquarters of the newspaper and seized its archives.", "COERCE", "Police"),
    ],
)
def test_wire_report_clause_shapes(
    base_nlp: Language, extractor: EventExtractor, text: str, plover_type: str, actor_word: str
) -> None:
    event = main_event(base_nlp, extractor, text)
    assert event.type == plover_type, (text, event.type, event.rule)
    assert any(actor_word in a.text for a in event.actors), (text, [a.text for a in event.actors])


def test_fighting_between_two_sides_has_both_as_actors(base_nlp: Language, extractor: EventExtractor) -> None:
    text = "Fighting between government troops and the rebels raged for a week in the north."
    event = main_event(base_nlp, extractor, text)
    assert event.type == "ASSAULT"
    assert {a.text for a in event.actors} >= {"government troops", "rebels"}


def test_crowd_is_no_actor_outside_a_protest(base_nlp: Language, extractor: EventExtractor) -> None:
    found = extractor.extract(base_nlp("The people applauded the returning medics."), timexes=[], toponyms=[],
                              citation_spans=[])  # fmt: skip
    assert all(a.text.lower() != "people" for e in found for a in e.actors)


def test_protested_against_stays_a_protest(base_nlp: Language, extractor: EventExtractor) -> None:
    event = main_event(base_nlp, extractor, "Exiled students protested against the verdict in Berlin.")
    assert event.type == "PROTEST"


def test_a_commitment_said_as_a_noun_or_an_intention_is_an_agreement_or_a_threat(
    base_nlp: Language, extractor: EventExtractor
) -> None:
    willing = main_event(
        base_nlp, extractor, "The rebel commander expressed his willingness to free the kidnapped engineers."
    )
    assert willing.type == "AGREE" and willing.rule.startswith("declared-commitment:express")
    hostile = main_event(base_nlp, extractor, "The insurgents voiced their determination to storm the airport.")
    assert (hostile.type, hostile.mode) == ("THREATEN", "violence")
    intends = main_event(base_nlp, extractor, "Chad said it intends to reopen its embassy in the capital.")
    assert intends.type == "AGREE" and intends.modality == "asserted"
    concern = main_event(base_nlp, extractor, "The envoy expressed concern about the shelling.")
    assert concern.type != "AGREE"  # "expressed" alone commits to nothing


def test_what_is_sent_decides_aid_or_mobilisation(base_nlp: Language, extractor: EventExtractor) -> None:
    assert main_event(base_nlp, extractor, "Norway sent blankets and tents to the flooded valley.").type == "AID"
    assert main_event(base_nlp, extractor, "The regime sent three brigades to the valley.").type == "MOBILIZE"


def test_a_junta_and_a_ruling_party_are_government_actors(base_nlp: Language, extractor: EventExtractor) -> None:
    junta = main_event(base_nlp, extractor, "The junta freed two detained journalists on Monday.")
    assert [(a.text, a.sector) for a in junta.actors] == [("junta", "GOV")]
    ruling = main_event(base_nlp, extractor, "The ruling party rejected the opposition's proposal.")
    assert [a.text for a in ruling.actors] == ["ruling party"]


@pytest.mark.parametrize(
    ("text", "plover_type", "recipient"),
    [
        # the partner hangs on the object, not on the verb
        ("The United States is providing satellite images to Moldova.", "AID", "Moldova"),
        # the doer of an act the object names, and whom a demanded act befalls
        ("The ministry rejected the demand by the union for higher wages.", "REJECT", "union"),
        ("The opposition demanded the resignation of the prime minister.", "REQUEST", "prime minister"),
        ("The EU froze the assets of ten officials.", "SANCTION", "ten officials"),
        # a nationality stands for the people its noun names
        ("The foreign minister met his Chinese counterpart in Beijing.", "CONSULT", "his Chinese counterpart"),
        # a curfew is laid on its area
        ("The army imposed a curfew in the town of Jaffna.", "COERCE", "Jaffna"),
        # common nouns for firms and inspectors are parties
        ("The families filed a lawsuit against the mining company.", "ACCUSE", "mining company"),
        # whose offer it was; a counted set of people; the owner of what is revoked
        ("The rebels rejected the government's offer of talks.", "REJECT", "government's offer"),
        ("The police rounded up dozens of suspected gang members.", "COERCE", "suspected gang members"),
        ("The ministry revoked the licences of two television channels.", "COERCE", "two television channels"),
    ],
)
def test_recipient_found_beyond_the_verbs_own_object(
    base_nlp: Language, extractor: EventExtractor, text: str, plover_type: str, recipient: str
) -> None:
    event = main_event(base_nlp, extractor, text)
    assert event.type == plover_type
    assert [r.text for r in event.recipients] == [recipient]


def test_an_actor_is_not_its_own_recipient(base_nlp: Language, extractor: EventExtractor) -> None:
    event = main_event(base_nlp, extractor, "Iran denied that it had supplied weapons to the rebels.")
    assert event.type == "REJECT"
    assert all(r.entity_key != event.actors[0].entity_key for r in event.recipients)


def test_troops_refused_for_deployment_are_not_the_target(base_nlp: Language, extractor: EventExtractor) -> None:
    event = main_event(base_nlp, extractor, "Japan has refused to deploy peacekeepers in Sudan.")
    assert event.type == "REJECT"
    assert [r.text for r in event.recipients] != ["peacekeepers"]


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        # repression sentences and tariffs
        ("Police dispersed hundreds of students with tear gas.", "ASSAULT"),  # violent repression, CAMEO 175
        ("The court sentenced the opposition leader to five years in prison.", "COERCE"),
        ("The United States imposed new tariffs on Chinese steel.", "SANCTION"),
        # restrictions drawdowns and allocations
        ("The government prohibited all public gatherings.", "COERCE"),
        ("The army scaled back its operations in the north.", "RETREAT"),
        ("Parliament allocated $300 million for the reconstruction of the port.", "AID"),
        # who occupies decides sit in or seizure
        ("Striking workers occupied the factory for three days.", "PROTEST"),
        ("Rebels occupied the town.", "ASSAULT"),
        # phrases that carry their type
        ("The rebels took part in the attack on the convoy.", "ASSAULT"),  # the act taken part in
        ("Students staged a sit-in outside the ministry.", "PROTEST"),  # a hyphenated noun split by the tokenizer
        ("Kidnappers set free the businessman after his family paid a ransom.", "RETREAT"),
        ("Activists chained themselves to the gates of the power plant.", "PROTEST"),
        ("The World Bank put a hold on new lending to Uganda.", "SANCTION"),
        ("Police and customs officers worked hand in hand to dismantle the smuggling ring.", "COOPERATE"),
        ("Rescue teams pulled 12 survivors from the rubble.", "AID"),
        # wire phrasings from the cameo categories
        ("The Japanese prime minister called the Chinese premier on Thursday.", "CONSULT"),  # a date is no "call on"
        ("Finland applied to join the alliance.", "REQUEST"),
        ("Washington pushed Ukraine to hold elections.", "REQUEST"),
        ("The opposition wants the minister to resign.", "REQUEST"),
        ("Spain handed over the fugitive to French authorities.", "COOPERATE"),
        ("Hamas handed over 13 hostages to the Red Cross.", "RETREAT"),  # particle parsed into the count
        ("Police took the suspect into custody.", "COERCE"),
        ("The junta placed the president under house arrest.", "COERCE"),
        ("Russia and Ukraine swapped prisoners on Friday.", "RETREAT"),
        ("Ankara struck a deal with Brussels on migrants.", "AGREE"),
        ("Indian and Pakistani troops exchanged fire across the border.", "ASSAULT"),
        ("Iran held military drills in the Gulf.", "MOBILIZE"),  # drills by one side show force
        ("The two navies held joint drills in the Gulf.", "COOPERATE"),
        ("Dock workers struck for higher pay.", "PROTEST"),
        ("Truckers blockaded the border crossing.", "PROTEST"),
        ("Rioters looted shops in the city centre.", "PROTEST"),
        ("Turkish consumers boycotted French goods.", "PROTEST"),
        ("Azerbaijan blocked the mountain corridor.", "COERCE"),
        ("Russia blocked a UN resolution on Syria.", "REJECT"),
        ("Police captured a wanted gang leader in Medellin.", "COERCE"),
        ("The rebels pulled out of the peace talks.", "SANCTION"),
        ("Russia quit the Council of Europe.", "SANCTION"),
        ("Washington hit Moscow with fresh sanctions.", "SANCTION"),
        ("Hezbollah vowed revenge for the killing of its commander.", "THREATEN"),
        ("Iran downed a US drone.", "ASSAULT"),
        ("Germany took in a million refugees.", "AID"),
        ("The Paris Club cancelled Zambia's debt.", "AID"),
        ("Washington sent Patriot missiles to Ukraine.", "AID"),
        ("The president granted amnesty to the rebels.", "CONCEDE"),
        ("The government shelved the plan to raise fuel taxes.", "CONCEDE"),
        ("Both armies held their fire on Sunday.", "RETREAT"),
        ("Qatar reopened its embassy in Damascus.", "SUPPORT"),
        ("Erdogan hit out at Sweden over the protests.", "ACCUSE"),
        ("South Africa brought a genocide case against Israel.", "ACCUSE"),
        # readings set by a word beside the verb
        ("Trump called off the summit with Kim.", "REJECT"),  # PLOVER: a cancelled meeting is a refusal
        ("The president called a summit of regional leaders.", "CONSULT"),
        ("Israel barred two US congresswomen from entering the country.", "REJECT"),  # barring entry refuses
        ("The court barred the opposition leader from running for office.", "COERCE"),
        ("France called in the Algerian ambassador.", "ACCUSE"),
        ("Mounted police charged the demonstrators.", "ASSAULT"),
        ("Prosecutors charged the minister with corruption.", "ACCUSE"),
        ("Hamas held 240 people hostage.", "ASSAULT"),
        ("The militia has been holding thousands of civilians as human shields.", "ASSAULT"),
        ("Kyiv held Moscow responsible for the dam collapse.", "ACCUSE"),
        ("Iran seized a British-flagged tanker in the Strait of Hormuz.", "COERCE"),
        ("Rebels seized the town after heavy fighting.", "ASSAULT"),
        ("Beijing blasted Washington's arms sale to Taiwan.", "ACCUSE"),
        ("Opposition leaders attacked the budget as reckless.", "ACCUSE"),
        ("Uzbekistan welcomed the Turkish president in Samarkand.", "CONSULT"),  # hosting a visitor
        ("Washington welcomed the agreement between the two sides.", "SUPPORT"),
        ("Britain and Japan jointly developed a new fighter jet.", "COOPERATE"),
        # gatherings readiness and dropped objections
        ("Hundreds of students gathered in central Belgrade to denounce corruption.", "PROTEST"),
        ("EU leaders gathered in Brussels for an emergency summit.", "CONSULT"),
        ("The opposition called off Friday's planned general strike.", "CONCEDE"),  # easing its own dissent
        ("Serbia raised the combat readiness of its army on Sunday.", "MOBILIZE"),
        ("China put its rocket forces on combat readiness on Saturday.", "MOBILIZE"),
        ("Venezuela has moved troops to its eastern border, the ministry said.", "MOBILIZE"),
        ("Serbia and Kosovo each dropped their objections to the procedures.", "CONCEDE"),
        ("Saudi Arabia expanded oil trade with China.", "COOPERATE"),
        # what is given decides the type
        ("Seoul gave assurances to Tokyo that the dispute would be settled quietly.", "AGREE"),
        ("The Arab League gave its blessing to the Taif accord.", "SUPPORT"),
        ("Washington gave short shrift to Moscow's offer of a moratorium.", "REJECT"),
        ("Japan gave Ukraine $4.5 billion in budget support.", "AID"),  # money given is aid
        ("Germany voiced support for the plan.", "SUPPORT"),
        # wire idioms
        ("Israel's prime minister poured cold water on the proposal for a peace conference.", "REJECT"),
        ("Ankara dug in its heels over the presence of its troops.", "REJECT"),
        ("Paris pointed the finger at Tehran for the bombings.", "ACCUSE"),
        ("Gorbachev extended an olive branch to Beijing.", "AGREE"),
        ("The two foreign ministers buried the hatchet at a meeting in Geneva.", "SUPPORT"),
        ("Pyongyang rattled its sabres ahead of the joint drills.", "THREATEN"),
        ("The government did a U-turn on the fuel tax.", "CONCEDE"),
        ("Riot police used water cannon against the marchers.", "ASSAULT"),
        # second round vocabulary and spellings
        ("Serbia mobilised its reserves on Sunday.", "MOBILIZE"),  # British spelling finds the entry
        ("Hungary scuppered the sanctions package.", "REJECT"),
        ("The Pentagon lifted the embargo on arms sales.", "CONCEDE"),
        ("Thousands hit the streets of Belgrade on Saturday.", "PROTEST"),
        ("The Kremlin promised retaliation for the attack.", "THREATEN"),
        ("Manila offered an apology to Beijing for the incident.", "SUPPORT"),
        # third round vocabulary
        ("The opposition rebutted the government's account of the clashes.", "REJECT"),
        ("Moscow flexed its muscles with a naval parade off the coast.", "THREATEN"),
        ("Kenya reached out to the rebels through church mediators.", "CONSULT"),
        ("The court annulled the results of the disputed election.", "CONCEDE"),
        ("A military tribunal found two officers guilty of torture.", "ACCUSE"),  # a verdict
        ("The junta let the detained journalists go after a week.", "RETREAT"),  # a release
        ("The island's voters said no to the merger in a referendum.", "REJECT"),
        ("The bishop said sorry to the victims' families.", "SUPPORT"),  # an apology (CAMEO 055)
        ("Lisbon took exception to the tone of the report.", "ACCUSE"),
        ("The Baltic states stood by Kyiv throughout the winter.", "SUPPORT"),
        ("Oslo vouched for the integrity of the ceasefire monitors.", "SUPPORT"),
        ("Washington signalled it could suspend arms sales to the kingdom.", "THREATEN"),  # the speaker's own act
        ("The rebel leader indicated he could accept a truce.", "AGREE"),  # a hinted act of one's own is offered
        ("Unidentified gunmen hurled grenades at a police post in Srinagar.", "ASSAULT"),
        ("Guerrillas and soldiers exchanged fire near the dam for two hours.", "ASSAULT"),
        ("Indian troops came under fire near the border on Sunday.", "ASSAULT"),
        ("A sniper sprayed the checkpoint with bullets.", "ASSAULT"),
        ("The regime stripped the exiled writer of his nationality.", "COERCE"),
        ("Police took the editor away for questioning after the article appeared.", "COERCE"),
        ("The authorities cut off electricity to the rebel district.", "COERCE"),  # withholding public goods
        ("Security forces tightened the blockade of the port city.", "COERCE"),
        ("The ministry revoked the accreditation of three foreign reporters.", "COERCE"),
        ("The army raised its alert level along the northern frontier.", "MOBILIZE"),
        ("The governor activated the National Guard after the riots.", "MOBILIZE"),
        ("The agency passed intelligence on the plot to British police.", "COOPERATE"),
        ("The donors wrote off half of the country's debt.", "AID"),
        ("The EU raised the prospect of new sanctions on the regime.", "THREATEN"),  # a hostile prospect
        ("The IMF held out the prospect of a further loan to Kenya.", "AGREE"),  # a friendly one
        ("The minister did not rule out imposing a curfew on the capital.", "THREATEN"),
        ("The Labour Party said it had no intention of joining the coalition.", "REJECT"),
        ("Shopkeepers shut their stores in protest at the new tax.", "PROTEST"),
        ("Thousands of farmers converged on the capital demanding debt relief.", "PROTEST"),
        ("The president gave the rebels until Sunday to lay down their arms.", "THREATEN"),  # an ultimatum
        ("Minsk gave the Polish consul 48 hours to leave the country.", "SANCTION"),  # an expulsion
        ("The rebels said they would quit the talks if the army did not halt its offensive.", "THREATEN"),
        ("The militia vowed a campaign of bombings against the capital.", "THREATEN"),
        ("Britain voiced displeasure at the court's decision.", "ACCUSE"),
        ("The dockers downed tools over the new shift rules.", "PROTEST"),
        ("The EU pulled its monitors out of the border zone.", "SANCTION"),
        ("The rebels put their heavy weapons beyond use.", "RETREAT"),
        ("The army will leave the town by Friday, the defence minister told reporters.", "AGREE"),  # relayed
        ("Rebel leaders said in a statement that they were willing to meet the mediators.", "AGREE"),
        ("Washington is willing to hold direct talks with Havana, Secretary of State Jane Moore said.", "AGREE"),
        ("Moscow said it would pull out of the treaty if Washington deployed the missiles.", "THREATEN"),
        ("Any attack on our ships will be met with a firm response, the navy commander said.", "THREATEN"),
        ("Israeli authorities seized land near the village to expand a settlement.", "COERCE"),
        ("The army airlifted troops and tanks to the border region.", "MOBILIZE"),
        ("The navy began three days of war games in the gulf.", "MOBILIZE"),  # drills by one side alone
        ("The government expelled six aid agencies from the province.", "SANCTION"),
        ("The ministry granted a licence to the opposition newspaper.", "CONCEDE"),
        ("Farmers burned effigies of the minister outside parliament.", "PROTEST"),
        ("Protesters hurled stones at the embassy.", "PROTEST"),  # a riot, by its doers
        ("Kazakhstan resumed gas deliveries to Kyrgyzstan on Monday.", "COOPERATE"),
        ("Thai police handed the suspect to Malaysian authorities.", "COOPERATE"),
        ("The Arab League called on Sunday for the president to resign.", "REQUEST"),
        ("The donors sent tents and blankets to the flood zone.", "AID"),
        ("The president told donors that his government would open its accounts to auditors.", "AGREE"),
        ("India's army chief said his country would not hesitate to use force if the rebels attacked.", "THREATEN"),
        ("Beijing has called off a dialogue on human rights with Berlin.", "REJECT"),  # a cancelled meeting
        ("The Vatican voiced objections to the new marriage law.", "ACCUSE"),
        ("Thousands of workers joined a march against the new labour law.", "PROTEST"),
        ("The Zambian president was in Harare on Thursday for a working visit.", "CONSULT"),
        ("Washington lent its backing to the Norwegian peace proposal.", "SUPPORT"),
        ("France flew 300 troops to Chad to protect the government.", "AID"),  # sent to protect
        ("Ethiopia ordered the inspection team to leave the country within a week.", "SANCTION"),  # a mission out
        ("Soldiers raped dozens of women in the camp.", "ASSAULT"),  # not "rap", the lemmatizer's reading
        ("The coast guard seized a fishing trawler off the coast.", "COERCE"),
        ("Belgian paratroopers evacuated 1,000 foreigners from the capital.", "AID"),
        ("Saudi Arabia stopped oil deliveries to Jordan.", "SANCTION"),
        ("India and Pakistan launched a regular bus service between the two capitals.", "COOPERATE"),
        ("Colombia called up 5,000 reservists on Wednesday to bolster its forces.", "MOBILIZE"),  # not a request
        ("Maoist rebels set free 22 policemen on Sunday.", "RETREAT"),
        ("Thailand revoked the state of emergency in Bangkok.", "CONCEDE"),
        ("Israel will no longer bar students from Gaza from studying abroad.", "AGREE"),  # a hostile act ended
        ("Beijing sent a message of congratulations to the new president.", "SUPPORT"),
        ("Students hurled stones at the embassy on Sunday.", "PROTEST"),  # citizens rioting
        ("UNITA fighters handed in their rifles to the peacekeepers.", "RETREAT"),
        ("The guerrillas halted armed operations against government forces.", "RETREAT"),
        ("Pakistan proclaimed a nationwide state of emergency on Saturday.", "COERCE"),
    ],
)
def test_type_of_a_phrasing(base_nlp: Language, extractor: EventExtractor, text: str, plover_type: str) -> None:
    """One sentence per reading the lexicon, the phrase tables or a clause rule gives a type to."""
    assert main_event(base_nlp, extractor, text).type == plover_type


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman said no one was hurt in the blast.",  # "no" opens a phrase: no answer given
        "Analysts said the army could strike the camps within days.",  # a possibility others might act on
        "Economists raised the possibility that the recession would deepen.",  # no act held out
        "If the rebels attack again, the army will respond with force.",  # the writer's supposition
    ],
)
def test_no_act_in_an_answer_or_a_forecast(base_nlp: Language, extractor: EventExtractor, text: str) -> None:
    events = extractor.extract(base_nlp(text), timexes=[], toponyms=[], citation_spans=[])
    assert all(e.type not in {"REJECT", "THREATEN"} or e.modality in {"predicted", "hypothetical"} for e in events)


def test_a_joint_statement_is_said_not_done_together(base_nlp: Language, extractor: EventExtractor) -> None:
    text = "France and Germany said in a joint statement that the talks had failed."
    events = extractor.extract(base_nlp(text), timexes=[], toponyms=[], citation_spans=[])
    assert all(e.type != "COOPERATE" for e in events)


def test_a_commitment_signalled_by_a_reporting_verb(base_nlp: Language, extractor: EventExtractor) -> None:
    text = "Separatist leaders have signalled their readiness to negotiate with the central government."
    event = main_event(base_nlp, extractor, text)
    assert event.type == "AGREE" and event.rule.startswith("declared-commitment:signal")
    assert [r.text for r in event.recipients] == ["central government"]


@pytest.mark.parametrize(
    ("text", "plover_type", "recipient"),
    [
        ("The bank stopped lending to the regime.", "SANCTION", "regime"),  # ended cooperation
        ("The army stopped shelling Kurdish positions.", "RETREAT", "Kurdish positions"),  # de-escalation
        ("The occupying forces handed control of the city to local police.", "RETREAT", "local police"),
        ("The soldiers gave themselves up to the peacekeepers.", "RETREAT", "peacekeepers"),
    ],
)
def test_ending_and_yielding(
    base_nlp: Language, extractor: EventExtractor, text: str, plover_type: str, recipient: str
) -> None:
    event = main_event(base_nlp, extractor, text)
    assert event.type == plover_type
    assert [r.text for r in event.recipients] == [recipient]


@pytest.mark.parametrize(
    ("text", "plover_type", "actors", "recipients"),
    [
        ("The opposition blasted the government for its handling of the crisis.", "ACCUSE", ["opposition"],
         ["government"]),
        ("Rebels attacked the army for the second time this week.", "ASSAULT", ["Rebels"], ["army"]),
        ("The envoy shuttled between Cairo and Amman.", "CONSULT", ["envoy"], ["Cairo", "Amman"]),
        ("The French president paid tribute to the peacekeepers killed in Mali.", "SUPPORT", ["French president"],
         ["peacekeepers"]),
        ("The two leaders held a telephone conversation on Sunday.", "CONSULT", ["two leaders"], []),
        ("A suicide bomber blew himself up at a checkpoint, killing eight soldiers.", "ASSAULT", ["suicide bomber"],
         []),
    ],
)  # fmt: skip
def test_verbal_attacks_go_betweens_tributes_and_talks(
    base_nlp: Language, extractor: EventExtractor, text: str, plover_type: str, actors: list[str],
    recipients: list[str],
) -> None:  # fmt: skip
    event = main_event(base_nlp, extractor, text)
    assert event.type == plover_type
    assert [a.text for a in event.actors] == actors
    assert [r.text for r in event.recipients] == recipients


@pytest.mark.parametrize(
    ("text", "plover_type", "actors", "recipients"),
    [
        # a passive light verb's event noun is its subject
        ("Sanctions were lifted by the Security Council on Friday.", "CONCEDE", ["Security Council"], []),
        ("A state of emergency was declared in the province by the governor.", "COERCE", ["governor"], []),
        # both sides of talks or clashes named "between" them act
        ("Peace talks between the government and the rebels resumed in Nairobi.", "CONSULT",
         ["government", "rebels"], []),
        ("Clashes erupted between police and protesters in Lagos.", "ASSAULT", ["police", "protesters"], []),
        # an act named by a noun that a clause only reports, confirms, completes or claims
        ("The expulsion of four Russian diplomats by the Czech government was announced on Tuesday.", "SANCTION",
         ["Czech government"], ["four Russian diplomats"]),
        ("Nicaragua's expulsion of 18 Catholic priests was confirmed by the Vatican on Sunday.", "SANCTION",
         ["Nicaragua"], ["18 Catholic priests"]),
        ("The withdrawal of the fighters from the mining town was completed on Monday.", "RETREAT", ["fighters"], []),
        ("The arrest of the Istanbul mayor by Turkish police took place at dawn.", "COERCE", ["Turkish police"],
         ["Istanbul mayor"]),
        ("The assassination of the provincial governor was claimed by al-Shabaab.", "ASSAULT", ["al-Shabaab"],
         ["provincial governor"]),
        ("The delivery of 40 armoured vehicles from Poland to the Ukrainian border guard was confirmed.", "AID",
         ["Poland"], ["Ukrainian border guard"]),
        # PLOVER: the visitor acts, the host receives
        ("The Pope received the Ukrainian president in a private audience.", "CONSULT", ["Ukrainian president"],
         ["Pope"]),
        ("President Lula hosted his Argentine counterpart in Brasilia.", "CONSULT", ["his Argentine counterpart"],
         ["President Lula"]),
        # a possessive does not make allies one's own
        ("Kyiv urged its Western partners to speed up deliveries.", "REQUEST", ["Kyiv"], ["its Western partners"]),
        # a road blocked by farmers is a protest, not a checked advance
        ("The main highway was blocked by striking farmers for a third day.", "PROTEST", ["farmers"], []),
        ("Sweeping export restrictions were imposed on China by the Commerce Department.", "SANCTION",
         ["Commerce Department"], ["China"]),
    ],
)  # fmt: skip
def test_type_actors_and_recipients_of_harder_clauses(
    base_nlp: Language, extractor: EventExtractor, text: str, plover_type: str, actors: list[str],
    recipients: list[str],
) -> None:  # fmt: skip
    event = main_event(base_nlp, extractor, text)
    assert (event.type, [a.text for a in event.actors], [r.text for r in event.recipients]) == (
        plover_type, actors, recipients,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("The pope appealed to the warring parties to lay down their arms.", "REQUEST"),  # clergy are actors
        ("The committee voted against the proposal.", "REJECT"),
        ("Greece protested to Turkey over the violation of its airspace.", "ACCUSE"),  # a state's protest is a note
        ("Thousands protested in Athens against the new law.", "PROTEST"),
        ("India backed Bhutan's bid for UN membership.", "SUPPORT"),  # backing a cause endorses it
        ("The US backed the rebels with weapons.", "AID"),
        ("Several countries recognized the new government.", "SUPPORT"),
    ],
)
def test_votes_official_protests_and_endorsements(
    base_nlp: Language, extractor: EventExtractor, text: str, plover_type: str
) -> None:
    event = main_event(base_nlp, extractor, text)
    assert event.type == plover_type and event.actors


@pytest.mark.parametrize(
    ("text", "plover_type", "first_recipient"),
    [
        ("NATO peacekeeping troops arrived in Kosovo on Monday.", "AID", None),  # peacekeeping is aid
        ("Two Russian warships arrived in Tartus.", "MOBILIZE", "Tartus"),  # a fleet arriving shows force
        ("The Chinese premier arrived in Moscow for talks.", "CONSULT", "Moscow"),  # the host of a visit
        ("The junta ordered the opposition newspaper to suspend publication.", "COERCE", "opposition newspaper"),
        ("The army prepared to resume its offensive against the rebels.", "MOBILIZE", "rebels"),
    ],
)
def test_arrivals_orders_and_preparations(
    base_nlp: Language, extractor: EventExtractor, text: str, plover_type: str, first_recipient: str | None
) -> None:
    event = main_event(base_nlp, extractor, text)
    assert event.type == plover_type
    if first_recipient is not None:
        assert event.recipients and event.recipients[0].text == first_recipient


def test_a_preparation_keeps_the_attack_it_prepares_as_planned(base_nlp: Language, extractor: EventExtractor) -> None:
    text = "The army prepared to resume its offensive against the rebels."
    found = extractor.extract(base_nlp(text), timexes=[], toponyms=[], citation_spans=[])
    assert [(e.type, e.modality) for e in found] == [("MOBILIZE", "asserted"), ("ASSAULT", "planned")]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The rebels agreed to a ceasefire with government forces.", "government forces"),  # partner of the pact
        ("Israeli aircraft struck targets in southern Lebanon.", "southern Lebanon"),  # unowned targets' land
    ],
)
def test_partner_of_an_agreed_act_and_land_of_unowned_targets(
    base_nlp: Language, extractor: EventExtractor, text: str, recipient: str
) -> None:
    assert [r.text for r in main_event(base_nlp, extractor, text).recipients] == [recipient]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("Farmers protested in France against cheap imports.", ["France"]),  # the state protested in
        ("Students demonstrated in Tehran.", []),  # a capital city is a venue, not a target
        ("Kurds demonstrated in Kirkuk, calling for independence from Iraq.", ["Iraq"]),
    ],
)
def test_a_protest_without_target_is_aimed_at_its_state(
    base_nlp: Language, extractor: EventExtractor, text: str, recipients: list[str]
) -> None:
    event = main_event(base_nlp, extractor, text)
    assert event.type == "PROTEST"
    assert [r.text for r in event.recipients] == recipients


def test_holding_ground_in_the_present_is_no_event(base_nlp: Language, extractor: EventExtractor) -> None:
    found = extractor.extract(base_nlp("The militia, which controls most of the valley, denies the charges."),
                              timexes=[], toponyms=[], citation_spans=[])  # fmt: skip
    assert all(e.type != "ASSAULT" for e in found)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Norway and Denmark delivered air-defence systems to Kyiv on Tuesday.", "Kyiv"),  # a capital stands for it
        ("RSF fighters attacked army positions in Omdurman.", "army positions"),  # owned targets stay themselves
        ("Mexico's request was formally delivered to the US State Department on Friday.", "US State Department"),
        ("The agency flew medical supplies to cholera-hit communities.", "cholera-hit communities"),
    ],
)
def test_capitals_owned_targets_and_communities_as_recipients(
    base_nlp: Language, extractor: EventExtractor, text: str, recipient: str
) -> None:
    event = main_event(base_nlp, extractor, text)
    assert event.recipients and event.recipients[0].text == recipient
    assert event.actors


@pytest.mark.parametrize(
    ("text", "plover_type", "actors"),
    [
        # an office holder speaking of his state's future act speaks for it
        ("Israel will pull its troops out of southern Lebanon by July, Prime Minister Ehud Barak announced.", "AGREE",
         ["Israel"]),
        # delegates act for the parties they represent
        ("Envoys of the Angolan government and UNITA rebels resumed negotiations in Lusaka.", "CONSULT",
         ["Angolan government", "UNITA rebels"]),
        ("Naval units from Britain and France held joint manoeuvres off Brittany.", "COOPERATE", ["Britain", "France"]),
        ("Hong Kong forcibly repatriated 51 boat people to Hanoi.", "COERCE", ["Hong Kong"]),
        ("Kenya declared two Ugandan diplomats persona non grata.", "SANCTION", ["Kenya"]),
        ("Norway invited the Sri Lankan prime minister to Oslo for talks.", "AGREE", ["Norway"]),
        ("The rebels invited the government to lay down its arms.", "REQUEST", ["rebels"]),
        ("The European Union and Morocco launched a joint programme against drug trafficking.", "COOPERATE",
         ["European Union", "Morocco"]),
        ("Security forces raided the offices of the opposition newspaper.", "COERCE", ["Security forces"]),
        ("China began a week of live-fire missile exercises opposite Taiwan.", "MOBILIZE", ["China"]),
        ("The French garrison in Djibouti was placed on high alert on Wednesday.", "MOBILIZE", ["French garrison"]),
        ("Hundreds of militiamen are massing along the border, U.N. officials warned.", "MOBILIZE", ["militiamen"]),
        ("Pakistan cautioned India that any attack would be met with swift retaliation.", "THREATEN", ["Pakistan"]),
        ("Japan sent a disaster relief team to Honduras on Saturday.", "AID", ["Japan"]),
    ],
)  # fmt: skip
def test_speakers_delegates_and_wire_idioms(
    base_nlp: Language, extractor: EventExtractor, text: str, plover_type: str, actors: list[str]
) -> None:
    event = main_event(base_nlp, extractor, text)
    assert (event.type, [a.text for a in event.actors]) == (plover_type, actors)


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("The Israeli army pulled out of the West Bank town of Jenin on Monday.", []),  # a town left is a place
        ("Israel and the PLO signed an accord on Palestinian self-rule.", []),  # a nationality naming a thing
        ("The minister discussed the border question with Portuguese officials.", ["Portuguese officials"]),
    ],
)
def test_places_topics_and_descriptions_are_no_recipients(
    base_nlp: Language, extractor: EventExtractor, text: str, recipients: list[str]
) -> None:
    assert [r.text for r in main_event(base_nlp, extractor, text).recipients] == recipients


@pytest.mark.parametrize(
    ("text", "plover_type", "recipients"),
    [
        ("Iraq has massed 100,000 troops on its border with Kuwait, intelligence officials said.", "MOBILIZE",
         ["Kuwait"]),  # the neighbour a show of force faces
        ("The last Soviet troops left Afghanistan on Wednesday.", "RETREAT", ["Afghanistan"]),  # troops are no act
        ("Palestinian negotiators broke off peace talks with Israel.", "SANCTION", ["Israel"]),
        ("Relatives of the aid workers implored their captors to show mercy.", "REQUEST", ["their captors"]),
        ("The foreign minister expressed gratitude to India for its support.", "SUPPORT", ["India"]),
    ],
)  # fmt: skip
def test_borders_faced_talks_broken_off_and_others_captors(
    base_nlp: Language, extractor: EventExtractor, text: str, plover_type: str, recipients: list[str]
) -> None:
    event = main_event(base_nlp, extractor, text)
    assert (event.type, [r.text for r in event.recipients]) == (plover_type, recipients)


def test_a_month_is_no_march(base_nlp: Language, extractor: EventExtractor) -> None:
    found = extractor.extract(base_nlp("The rebels said in March that the road was open."), timexes=[], toponyms=[],
                              citation_spans=[])  # fmt: skip
    assert all(e.type != "PROTEST" for e in found)


def test_a_multiword_event_noun_is_not_retyped_by_the_model(base_nlp: Language, extractor: EventExtractor) -> None:
    text = "The regime answered with massive air strikes near the gorge."
    found = extractor.extract(base_nlp(text), timexes=[], toponyms=[], citation_spans=[])
    assert found and all(e.type == "ASSAULT" for e in found)
