"""The demo's in-person round: a clinic's panel met around a table with community members (fictional people)."""
from . import operations as ops
from .in_person import Attendee, MeetingInput, create_in_person_round, record_meeting

GUESTS = (("Khadija (fictional)", "community representative"), ("Youssef (fictional)", "peer educator"))


def run_in_person(programme, unit, period, domains, coordinator, panel, reasons: str, winners_per_domain: int = 1):
    round_ = create_in_person_round(programme, ops.RoundInput(unit, period, "consensus", domains, winners_per_domain),
                                    user=coordinator)
    for n, member in enumerate(panel):
        ops.add_panelist(round_, member, is_chair=(n == 0), user=coordinator)
    ops.open_round(round_, user=coordinator)
    attendees = [Attendee(m.name, "panelist", m.id) for m in panel] + [Attendee(n, r) for n, r in GUESTS]
    data = MeetingInput(round_.opened_at.date(), "show_of_hands", attendees,
                        method_note="Each story was read aloud, discussed, then the room voted by show of hands.",
                        dissent="One member preferred another story for its practical change.")
    for rd in round_.domains:
        cands = sorted(round_.active_candidates(rd.domain_id), key=lambda c: c.story_id)
        for n, cand in enumerate(cands):
            data.votes[cand.story_id] = len(cands) + 2 - n
        winners = [c.story_id for c in cands[:min(round_.winners_per_domain, len(cands))]]
        data.winners[rd.domain_id] = winners
        data.reasons.update({s: reasons for s in winners})
    return record_meeting(round_, data, user=panel[0])
