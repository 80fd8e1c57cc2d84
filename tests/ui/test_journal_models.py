"""Every table model of the Journal and Catalog pages passes Qt's model tester."""

from __future__ import annotations

from quietlegs.ui.models.catalog_model import CatalogModel, CatalogProxy
from quietlegs.ui.models.journal_index import JournalIndex
from quietlegs.ui.models.night_events import InterventionTableModel, SymptomTableModel
from dataclasses import replace

from PySide6.QtCore import QPersistentModelIndex, Qt

from quietlegs.ui.models.night_table import COLUMNS, NightFilterProxy, NightTableModel
from journal_helpers import NIGHT_OF, cramp_night


def loaded_model(journal):
    """The night table over ``journal`` with the cramp night imported, read and filled."""
    journal.import_data(cramp_night())
    index = JournalIndex(journal)
    index.load()
    model = NightTableModel(index)
    model.reload()
    return index, model


def test_night_table_and_its_proxy_pass_the_model_tester(qtmodeltester, demo_journal):
    index = JournalIndex(demo_journal)
    index.load()
    model = NightTableModel(index)
    model.reload()
    assert model.rowCount() == len(demo_journal.nights())
    qtmodeltester.check(model)
    proxy = NightFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0)
    proxy.set_search("sister")
    assert 0 < proxy.rowCount() < model.rowCount()
    qtmodeltester.check(proxy)
    proxy.set_search("SISTER  slept")  # every word, in any case and order
    assert 0 < proxy.rowCount() <= len([n for n in demo_journal.nights() if "sister" in n.notes.lower()])
    proxy.set_search("sister (.*")  # words are taken literally, not as patterns
    assert proxy.rowCount() == 0
    proxy.set_search("")
    assert proxy.rowCount() == model.rowCount()


def test_night_table_stays_consistent_while_nights_change(qtmodeltester, journal):
    index, model = loaded_model(journal)
    qtmodeltester.check(model)
    night = journal.night(NIGHT_OF)
    journal.delete_night(night.id)
    model.apply_changes(index.reload_nights(frozenset({NIGHT_OF})))
    assert model.rowCount() == 1 and model.row_of(NIGHT_OF) == -1
    journal.save_night(night)
    model.apply_changes(index.reload_nights(frozenset({NIGHT_OF})))
    assert model.row_of(NIGHT_OF) == 1


def test_symptom_and_intervention_models_pass_the_model_tester(qtmodeltester, journal):
    journal.import_data(cramp_night())
    index = JournalIndex(journal)
    index.load()
    entry = index.entries[NIGHT_OF]
    symptoms = SymptomTableModel(index.kind_name)
    symptoms.set_records(entry.symptoms)
    qtmodeltester.check(symptoms)
    assert "Heat" in symptoms.index(0, 2).data()
    interventions = InterventionTableModel(index.kind_name)
    interventions.set_records(entry.interventions)
    qtmodeltester.check(interventions)
    assert interventions.rowCount() == 2


def test_catalog_model_passes_the_model_tester(qtmodeltester, demo_journal):
    model = CatalogModel()
    model.set_kinds(demo_journal.kinds())
    qtmodeltester.check(model)
    proxy = CatalogProxy()
    proxy.setSourceModel(model)
    proxy.sort(1)
    qtmodeltester.check(proxy)


def _column(model, name):
    return [model.index(r, COLUMNS.index(name)).data() for r in range(model.rowCount())]


def test_the_night_table_sorts_itself_by_any_column_and_the_chosen_night_follows(qtmodeltester, demo_journal):
    index = JournalIndex(demo_journal)
    index.load()
    model = NightTableModel(index)
    model.reload()
    qtmodeltester.check(model)
    chosen = QPersistentModelIndex(model.index(5, 0))
    chosen_night = model.night_of(5)
    model.sort(COLUMNS.index("legs"), Qt.SortOrder.DescendingOrder)
    legs = [n.legs_severity for n in (index.entries[model.night_of(r)].row.night for r in range(model.rowCount()))]
    assert legs == sorted(legs, reverse=True)
    assert model.night_of(chosen.row()) == chosen_night  # a selection stays on its night
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _column(model, "night")[0] == "Fri 20 Nov 2026"
    nights = [model.night_of(r) for r in range(model.rowCount())]
    assert nights == sorted(nights, reverse=True)


def test_an_edited_night_moves_to_its_place_in_the_order_shown(qtmodeltester, journal):
    index, model = loaded_model(journal)
    model.sort(COLUMNS.index("legs"), Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)  # and it watches every signal of the changes below
    assert _column(model, "legs") == ["2/10", "7/10"]
    calm = journal.night(NIGHT_OF)
    journal.save_night(replace(calm, legs_severity=1))
    model.apply_changes(index.reload_nights(frozenset({NIGHT_OF})))
    assert _column(model, "legs") == ["1/10", "2/10"] and model.row_of(NIGHT_OF) == 0
    journal.delete_night(calm.id)
    model.apply_changes(index.reload_nights(frozenset({NIGHT_OF})))
    assert _column(model, "legs") == ["2/10"]
    journal.save_night(replace(calm, legs_severity=9))
    model.apply_changes(index.reload_nights(frozenset({NIGHT_OF})))
    assert _column(model, "legs") == ["2/10", "9/10"] and model.row_of(NIGHT_OF) == 1
