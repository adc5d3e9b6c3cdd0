"""Context rules that cancel theme evidence: negation, hypotheticals, someone else.

Evidence is looked up in its own clause, a few tokens back (never across a
boundary word or punctuation):
  * negation: "je n'ai jamais porté plainte", "I was not beaten";
  * hypothetical / wish: "elle voudrait ouvrir un salon", "she hopes to find a job"
    (the story does not describe the thing as lived);
  * another person's experience: "une amie qui a été frappée", "a friend who was
    beaten" (the teller is not the one it happened to).
All word lists are folded (lower case, no accents).
"""
from __future__ import annotations

NEG_WINDOW = 5
STRONG_NEG = {"pas", "jamais", "aucun", "aucune", "sans", "ni",
              "not", "n't", "never", "no", "without", "nobody", "neither", "nor", "nothing", "none"}
# Arabic script (folded: no hamza on alef): not, will not, never, without.
STRONG_NEG |= {"لم", "لن", "ماشي", "عمري", "عمرها", "عمرو", "ابدا", "بلا", "بدون", "ولا"}
WEAK_NEG = {"rien", "personne", "nul", "nulle"}  # negate only with "ne"
NE = {"ne", "n'", "n"}
BOUNDARY = {",", ".", ";", ":", "!", "?", "mais", "que", "qu'", "quand", "lorsque", "parce", "car",
            "et", "puis", "but", "and", "when", "because", "then", "so", "alors", "donc", "(", ")",
            "-", "\n", "avant", "before", "until", "jusqu'"}
# Wishes, plans and conditionals: the thing has not happened (yet).
HYPOTHETICAL = {
    "voudrait", "voudrais", "voudraient", "aimerait", "aimerais", "aimeraient", "souhaite", "souhaiterait",
    "souhaiterais", "reve", "reves", "revait", "rever", "espere", "esperait", "esperer", "envisage",
    "envisagerait", "projette", "pourrait", "pourrais", "devrait", "si", "peut-etre",
    "hope", "hopes", "hoping", "hoped", "wish", "wishes", "wished", "dream", "dreams", "dreaming", "dreamed",
    "plan", "plans", "planning", "if", "maybe", "perhaps", "someday", "might",
    # Arabic and Darija: wants, wishes, dreams, if
    "باغية", "باغا", "بغات", "بغيت", "نتمنى", "تتمنى", "كنتمنى", "كتتمنى", "حلمي", "حلمها", "كتحلم", "كنحلم", "ايلا",
    "اذا", "لو", "ممكن", "يمكن",
}
# Multi-word wishes: (previous word, word).
HYPOTHETICAL_PAIRS = {("would", "like"), ("would", "love"), ("wants", "to"), ("want", "to"), ("un", "jour"),
                      ("one", "day"), ("d'", "ici")}
# "une amie qui ...", "a friend who ...": what follows happened to someone else.
OTHER_PERSON = {"amie", "ami", "amies", "copine", "copines", "cousine", "cousin", "collegue", "voisine", "voisin",
                "connaissance", "friend", "friends", "colleague", "neighbour", "neighbor",
                "acquaintance", "someone", "quelqu'un"}
RELATIVE = {"qui", "who", "whom", "whose", "that"}


def negated(i: int, lem: list[str], low: list[str]) -> bool:
    """True when token *i*'s evidence is negated, hypothetical or about someone else."""
    has_ne = False
    weak = False
    for j in range(i - 1, max(-1, i - 1 - NEG_WINDOW), -1):
        w = low[j]
        if w in BOUNDARY:
            break
        if w in STRONG_NEG:
            if w == "no" and j + 1 < len(low) and low[j + 1] == "longer":
                continue  # "no longer": the thing happened, then stopped
            return True
        if w in HYPOTHETICAL or lem[j] in HYPOTHETICAL:
            return True
        if j and (low[j - 1], w) in HYPOTHETICAL_PAIRS:
            return True
        if w in RELATIVE and any(low[k] in OTHER_PERSON or lem[k] in OTHER_PERSON for k in range(max(0, j - 3), j)):
            return True  # "une amie qui", "a friend of hers who"
        if w in NE or lem[j] == "ne":
            has_ne = True
        if w in WEAK_NEG:
            weak = True
    return has_ne and weak
