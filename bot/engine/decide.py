"""The one place that decides what the bot does with a reading: answer, say yes or no,
say the sources don't give that detail, offer "did you mean", or decline.

Confidence is one number in [0, 1] that the matcher gives each reading: how much
of the question its best interpretation explains (1.0: every word is explained
and the cue is specific; each unexplained word, typo and weak cue takes some
away). It is calibrated on the question banks so that:

* at ANSWER_AT or above, the reading is right about what was asked often enough
  to answer outright (the banks' "answered but wrong" stays under 2%);
* between SUGGEST_AT and ANSWER_AT, the bot asks "did you mean" instead;
* below SUGGEST_AT, it declines and says what it can answer;
* at VOLUNTEER_AT or above, the bot may answer a message nobody addressed to it
  (unaddressed mode): a stricter bar, since silence costs nothing there.

Confidence only says what the question is about. Whether the facts answer it is
decided after: the kind of answer it wants ("who" wants a person), the
qualifiers it adds ("in episode 3", "in the UK", "in Narcos"), and, for yes/no
questions, whether the facts confirm or contradict its claims.
"""

from __future__ import annotations

from enum import Enum

ANSWER_AT = 0.7
SUGGEST_AT = 0.4
VOLUNTEER_AT = 0.7


class Outcome(Enum):
    ANSWER = "answer"  # the reply as composed
    YES = "yes"  # "Yes: " and the reply
    NO = "no"  # "No: " and the reply, which holds the right fact
    UNSAID = "unsaid"  # the sources don't give that detail; here is what they say (declined)
    SUGGEST = "suggest"  # "did you mean"
    DECLINE = "decline"  # nothing to say (declined)


def by_confidence(confidence: float) -> Outcome:
    """What the bot does on confidence alone, before the facts are weighed."""
    if confidence >= ANSWER_AT:
        return Outcome.ANSWER
    if confidence >= SUGGEST_AT:
        return Outcome.SUGGEST
    return Outcome.DECLINE


def with_facts(
    *,
    kind_given: bool,
    qualifiers_covered: bool,
    off_ground: bool,
    open_claims: bool,
    yes_no: bool,
    either_or: bool,
    support: str,
    default: str | None,
    unsourced: bool = False,
    asks_if_said: bool = False,
    premise_denied: bool = False,
    confirming: bool = False,
    after_as_of: bool = False,
) -> Outcome:
    """What to do with a confident reading once its facts are known.

    `kind_given`: the facts are of the kind asked for. `qualifiers_covered`: they
    cover the episode or season the question narrows to. `off_ground`: the question
    names a place, organisation or work the facts say nothing of; `open_claims`: it
    claims something the facts neither confirm nor deny. `support`: "yes",
    "no" or "unknown", for the question's claims. `default`: the intent's answer to
    a yes/no question that claims nothing checkable ("open": its facts answer it in
    words that are neither yes nor no, and are said as they are). `unsourced`: it asks whether a
    source says something, and the facts answering it come from elsewhere: where it
    asks in a verb of saying (`asks_if_said`: "does the review say when it
    premiered?"), that is "No", as the facts tell where each thing is said.
    `premise_denied`: an open question takes for granted what the facts contradict
    ("why was Doña Chayo a cop?": she is a vendor): the premise is corrected, "No: ".
    `confirming`: the last question asked again to be confirmed ("are you sure?"): an
    answer that holds is "Yes: " and the answer again. `after_as_of`: a yes/no
    question asks of a year the facts' "as of" date does not reach ("was it cancelled
    in 2023?" of facts as of June 2022): they settle neither way.
    """
    if premise_denied and not (yes_no or either_or):
        return Outcome.NO
    if after_as_of and (yes_no or either_or):
        return Outcome.UNSAID
    if not kind_given or not qualifiers_covered:
        return Outcome.UNSAID
    if unsourced and yes_no and not either_or and asks_if_said:
        return Outcome.NO
    if unsourced and (yes_no or either_or):
        return Outcome.UNSAID
    if confirming and not (yes_no or either_or):
        return Outcome.UNSAID if off_ground else Outcome.YES
    if either_or:
        return Outcome.UNSAID if support == "unknown" and off_ground else Outcome.ANSWER
    if yes_no:
        if support == "no":
            return Outcome.NO
        if support == "yes":
            return Outcome.YES
        if off_ground or open_claims:
            return Outcome.UNSAID
        if default == "open":  # the facts answer it in words that are no yes or no
            return Outcome.ANSWER
        if default == "no":
            return Outcome.NO
        if default == "yes":
            return Outcome.YES
        return Outcome.ANSWER
    return Outcome.UNSAID if off_ground else Outcome.ANSWER


def volunteer(
    *,
    outcome: Outcome,
    confidence: float,
    question: bool,
    to_others: bool,
    allowed: bool,
    whole: bool,
) -> bool:
    """Whether to answer a message nobody addressed to the bot: only a confident answer
    to something that is surely a question, not aimed at other people, wholly
    understood (`whole`: no word unexplained, no topic beside the one answered), and
    of a kind worth saying unasked (not small talk, help or the bot's own sources).
    Silence costs nothing there; answering a remark is noise.
    """
    answered = outcome in (Outcome.ANSWER, Outcome.YES, Outcome.NO)
    sure = question and whole and not to_others
    return answered and allowed and sure and confidence >= VOLUNTEER_AT


def is_declined(outcome: Outcome) -> bool:
    return outcome in (Outcome.UNSAID, Outcome.SUGGEST, Outcome.DECLINE)
