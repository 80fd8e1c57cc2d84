import re
from datetime import date, datetime, time

import pytest
from pypdf import PdfReader

from quietlegs.domain.records import Appointment

LAST_VISIT = Appointment(
    id="0f0e0d0c-0b0a-4909-8807-060504030201", date=date(2026, 9, 1), with_whom="Dr Okafor (GP)",
    purpose="Night cramps", diagnosis="Nocturnal leg cramps", new_medicine="Ropinirole 0.25 mg at 20:00",
    treatment_or_test="Ferritin blood test", instructions="Stretch the calves before bed",
    follow_up_date=date(2026, 11, 24))
NEXT_VISIT = Appointment(
    id="1f0e0d0c-0b0a-4909-8807-060504030201", date=date(2026, 11, 24), time=time(10, 30),
    with_whom="Dr Okafor (GP)", purpose="Follow-up on cramps",
    questions=("Could my iron still be low?", "Is magnesium safe with ropinirole?"),
    notes="Cramps are worse after long days at the desk.")
GENERATED = datetime(2026, 11, 21, 8, 0)


@pytest.fixture(scope="session", autouse=True)
def gui_app(qapp):
    """pytest-qt's QApplication (the widget tests share this process)."""
    return qapp


@pytest.fixture
def visit_journal(demo_journal):
    demo_journal.save_appointment(LAST_VISIT)
    demo_journal.save_appointment(NEXT_VISIT)
    return demo_journal


def pages_text(path) -> list[str]:
    """The text of each page, as a reader (or a screen reader) gets it back from the PDF."""
    # Qt places each word on its own; pypdf reads the gaps back as tabs.
    return [re.sub(r"[ \t]+", " ", page.extract_text()) for page in PdfReader(str(path)).pages]


def embedded_fonts(path) -> set[str]:
    found = set()
    for page in PdfReader(str(path)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            for f in [font] + [d.get_object() for d in font.get("/DescendantFonts", [])]:
                desc = f.get("/FontDescriptor")
                if desc is not None and any(k in desc.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    found.add(str(f.get("/BaseFont")))
    return found


@pytest.fixture
def read_pdf():
    return pages_text


@pytest.fixture
def pdf_fonts():
    return embedded_fonts
