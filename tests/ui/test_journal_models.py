"""Every table model of the Journal and Catalog pages passes Qt's model tester."""

from __future__ import annotations

from quietlegs.ui.models.catalog_model import CatalogModel, CatalogProxy
from quietlegs.ui.models.journal_index import JournalIndex
from quietlegs.ui.models.night_events import InterventionTableModel, SymptomTableModel
from quietlegs.ui.models.night_table import NightFilterProxy, NightTableModel
from journal_helpers import NIGHT_OF, cramp_night


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


def test_night_table_stays_consistent_while_nights_change(qtmodeltester, journal):
    journal.import_data(cramp_night())
    index = JournalIndex(journal)
    index.load()
    model = NightTableModel(index)
    model.reload()
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
