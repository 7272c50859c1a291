"""Article structure: headline, standfirst, bullets, paragraphs and captions, with offsets."""

from __future__ import annotations

from copydesk.structure import segment


def kinds(doc):
    return [(b.kind, doc.text[b.start:b.end][:30]) for b in doc.blocks]


def test_headline_bullets_paragraphs_and_captions(make_doc):
    text = """Mayor quits over housing scandal

  • Resignation follows months of pressure
  • Deputy to take charge until May election

The mayor of Eastbridge resigned on Wednesday, two months after an audit found that council flats had been let to friends of officials.

Mayor Helen Ward (pictured left) leaves the town hall after announcing her resignation

In a statement, Ward said she had done nothing wrong but that the row had become a distraction.

Protesters gather outside the town hall on Wednesday morning

Her deputy, Tom Reyes, will lead the council until the election.
"""
    doc = make_doc(text)
    got = [b.kind for b in doc.blocks]
    assert got == ["headline", "bullet", "bullet", "paragraph", "caption", "paragraph", "caption", "paragraph"]
    for b in doc.blocks:
        assert text[b.start:b.end] == text[b.start:b.end].strip()


def test_repeated_short_paragraph_is_a_caption(make_doc):
    cap = "The wreck of the lorry on the A40 near Witney, where the driver was freed by firefighters"
    text = f"Lorry crash closes A40\n\nA lorry overturned on the A40 on Friday, police said.\n\n{cap}\n\n{cap.replace('where', 'where ')}\n\nThe road reopened in the evening.\n"
    doc = make_doc(text)
    assert [b.kind for b in doc.blocks] == ["headline", "paragraph", "caption", "caption", "paragraph"]


def test_body_prose_is_not_mistaken_for_captions(make_doc):
    text = """Rail strike called off

Union leaders called off Monday's rail strike after a late offer from the operator.

The union says the offer is the best in a decade.

Commuters had faced a third week of cancellations. "We are relieved," said one passenger at Leeds station.

Talks will resume next month, the company said.
"""
    doc = make_doc(text)
    assert [b.kind for b in doc.blocks] == ["headline", "paragraph", "paragraph", "paragraph", "paragraph"]


def test_standfirst_before_byline_and_dateline_is_not_a_headline(make_doc):
    text = """Drought forces hosepipe ban across three counties

Water company says reservoirs are at their lowest since 1976

By Priya Nair

A hosepipe ban will come into force on Friday for 1.2 million customers, the water company said.
"""
    doc = make_doc(text)
    assert [b.kind for b in doc.blocks][:2] == ["headline", "standfirst"]
    dated = make_doc("Monday, 7 July 2025\n\nThe council met on Monday to approve the budget for the year.\n")
    assert dated.blocks[0].kind == "paragraph"


def test_hard_wrapped_prose_is_one_block_but_lines_are_separate():
    wrapped = ("The council met on Monday to discuss the budget and the long-delayed plans for\n"
               "a new library on the site of the old bus station, which closed in 2019 after\n"
               "the bus company moved its depot to the edge of town.\n")
    assert len(segment(wrapped)) == 1
    lines = "Results:\nLabour 1,204 votes.\nGreens 987 votes.\nConservatives 455 votes.\n"
    assert len(segment(lines)) == 4
