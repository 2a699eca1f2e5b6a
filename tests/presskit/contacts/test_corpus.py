"""Every corpus file imported into a fresh book; contacts read back from the SQLite file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from presskit.contacts.db import ContactBook
from presskit.contacts.files import import_files, read_contact_file
from tests.presskit.contacts.conftest import db_rows, integrity


def person(given: str = "", family: str = "", role: str = "", organization: str = "",
           phones: list[tuple[str, str]] | None = None, emails: list[str] | None = None,
           languages: list[str] | None = None, country: str = "", notes: str = "",
           verified: str | None = None) -> dict[str, Any]:
    return {"given": given, "family": family, "role": role, "organization": organization,
            "phones": phones or [], "emails": emails or [], "languages": languages or [],
            "country": country, "notes": notes, "verified": verified}


EXPECTED: dict[str, dict[str, dict[str, Any]]] = {
    "outlook_utf16_tab.csv": {
        "Tobias Brenner": person(
            "Tobias", "Brenner", "Pressesprecher", "Nordlicht Verlag",
            [("work", "+49 40 1234567"), ("mobile", "+49 151 23456789")],
            ["tobias.brenner@nordlicht-verlag.example", "presse@nordlicht-verlag.example"],
            ["de"], "DE",
            "Call after 14:00.\nPrefers German.\n\nAddress: Hafenstraße 12, Hamburg, 20457"),
        "Priya Raman": person(
            "Priya", "Raman", "Features Editor", "Coastal Wire Service",
            [("work", "+44 20 7946 0958"), ("work", "+44 20 7946 0959"),
             ("mobile", "+44 7700 900123")],
            ["priya.raman@coastalwire.example"], ["en"], "GB"),
        "Zoë Ashworth-Kim": person(
            "Zoë", "Ashworth-Kim", "Producer", "Østfold Radio", [("other", "+47 22 12 34 56")],
            ["zoe.ashworth@ostfold-radio.example"]),
    },
    "excel_fr_cp1252.csv": {
        "Hélène Lefèvre": person(
            "Hélène", "Lefèvre", "Rédactrice en chef", "Rédaction Côte d'Azur",
            [("work", "04 93 12 34 56"), ("mobile", "06 23 45 67 89")],
            ["helene.lefevre@cote-azur-info.example"], ["fr", "it"], "FR",
            "Préfère être appelée le matin; très réactive", "2025-03-15"),
        "François Garçon": person(
            "François", "Garçon", "Journaliste économie", "Le Journal du Périgord",
            [("work", "05 53 08 12 34")], ["f.garcon@journal-perigord.example"], ["fr"], "FR",
            "Ça marche", "2024-01-10"),
        "Jörg Müller": person(
            "Jörg", "Müller", "Korrespondent", "Südwest Kurier", [("mobile", "+49 171 2345678")],
            ["joerg.mueller@suedwest-kurier.example"], ["de", "fr"], "DE"),
    },
    "google_contacts.csv": {
        "Giulia Conti": person(
            "Giulia", "Conti", "Caporedattrice", "Gazzetta Lombarda",
            [("mobile", "+39 347 123 4567"), ("out-of-hours", "+39 02 1234 5678")],
            ["giulia.conti@gazzetta-lombarda.example", "giulia.c@posta.example"], ["it"], "IT",
            "Met at Milan Design Week.\nPrefers WhatsApp for urgent requests.\n\n"
            "Address: Via Roma 10, Milano 20121, Italia"),
        "Samuel Okafor": person(
            "Samuel", "Okafor", "Tech Reporter", "Lagos Ledger",
            [("work", "+234 1 234 5678"), ("work", "+234 803 123 4567")],
            ["samuel@lagos-ledger.example"]),
        "Ana Lúcia Lima": person(
            "Ana Lúcia", "Lima", "", "Folha do Sul", [("other", "+55 11 3123 4567")],
            ["ana.lima@folha-sul.example"], [], "BR", 'Writes the "Mercado" column.'),
    },
    "apple_3.0.vcf": {
        "Camille Rousseau": person(
            "Camille", "Rousseau", "Attachée de presse", "Maison Verdier, Communication",
            [("mobile", "+33 6 12 34 56 78"), ("work", "+33 1 44 76 75 39"),
             ("out-of-hours", "+33 6 98 76 54 32")],
            ["camille.rousseau@maison-verdier.example"], [], "FR",
            "Prefers email before 10am.\nLunch meetings on Thursdays, never Mondays.\n\n"
            "Address: 12 rue des Lilas, 75011 Paris, France"),
        "Daniel Ørsted": person(
            "Daniel", "Ørsted", "Kulturredaktør", "Nordisk Tidende",
            [("work", "+45 33 12 34 56"), ("mobile", "+45 20 12 34 56")],
            ["daniel.orsted@nordisk-tidende.example"]),
    },
    "google_3.0.vcf": {
        "Mei Tanaka": person(
            "Mei", "Tanaka", "Science Correspondent", "Kansai Shimbun",
            [("mobile", "+81 90-1234-5678"), ("work", "+81 6-1234-5678")],
            ["mei.tanaka@kansai-shimbun.example"], [], "JP",
            "Covers space and robotics, speaks English and Japanese.\n\n"
            "Address: 2-1 Umeda, 530-0001 Osaka, Japan"),
        "Björn Lindqvist": person("Björn", "Lindqvist",
                                  emails=["bjorn.lindqvist@goteborgs-kuriren.example"]),
    },
    "android_4.0.vcf": {
        "Lucía Fernández": person(
            "Lucía", "Fernández", "Redactora de tecnología", "Diario de la Meseta",
            [("work", "+34 91 123 45 67"), ("mobile", "+34612345678")],
            ["lucia.fernandez@diario-meseta.example"], ["es", "en"]),
        "Ahmed Benali": person(
            "Ahmed", "Benali", "", "Casablanca Éco",
            [("out-of-hours", "+212 522 123456"), ("other", "+212661234567")],
            ["ahmed.benali@casablanca-eco.example"]),
    },
    "qp_cyrillic_2.1.vcf": {
        "Анна Иванова": person(
            "Анна", "Иванова", "Обозреватель", "Московский вестник — отдел культуры и общества",
            [("mobile", "+7 916 123-45-67"), ("work", "+7 495 123-45-67")],
            ["anna.ivanova@moskva-vestnik.example"], [], "",
            "Предпочитает звонки после 11:00.\nГоворит по-английски и по-французски."),
        "Игорь Петров": person("Игорь", "Петров", "", "Сибирская газета",
                               [("work", "+7 383 123-45-67")], ["igor.petrov@sib-gazeta.example"]),
        "Ольга Сидорова": person("Ольга", "Сидорова", "Редактор", "",
                                 [("mobile", "+7 921 765-43-21")]),
    },
    "old_phone_2.1.vcf": {
        # Card 1 says CHARSET=punycode; card 2 has a stray "=" in its quoted-printable.
        "Jürgen Müller": person(
            "Jürgen", "Müller", "Chef vom Dienst", "Stadtanzeiger Köln",
            [("mobile", "+49 171 5550123")], ["j.mueller@stadtanzeiger-koeln.example"]),
        "Пётр Смирнов": person(
            "Пётр", "Смирнов", "Пресс-секретарь", "Пресс-служба мэрии",
            [("work", "+7 812 555-01-23")], ["p.smirnov@spb-meria.example"]),
        "Marta Kowalska": person(
            "Marta", "Kowalska", phones=[("work", "+48 22 555 01 23")],
            emails=["marta.kowalska@gazeta-mazowsza.example"], notes="Dzwonić rano, przed 9:00."),
    },
    "switchboard_outlook.csv": {
        # Three colleagues sharing the switchboard: three people, each with their own email.
        "Alice Durand": person(
            "Alice", "Durand", "Rédactrice en chef", "Le Quotidien du Centre",
            [("work", "+33 1 57 28 20 00")], ["alice.durand@quotidien-centre.example"],
            country="FR"),
        "Bruno Petit": person(
            "Bruno", "Petit", "Journaliste économie", "Le Quotidien du Centre",
            [("work", "+33 1 57 28 20 00"), ("mobile", "+33 6 48 21 07 93")],
            ["bruno.petit@quotidien-centre.example"], country="FR"),
        "Chloé Martin": person(
            "Chloé", "Martin", "Photographe", "Le Quotidien du Centre",
            [("work", "+33 1 57 28 20 00")], ["chloe.martin@quotidien-centre.example"],
            country="FR", notes="Standard, demander le service photo"),
    },
    "newsroom_outlook.csv": {
        # Two people sharing the newsroom's address.
        "Damien Roux": person(
            "Damien", "Roux", "Présentateur matinale", "Radio Vallée",
            [("mobile", "+33 6 12 40 51 77")], ["newsroom@radio-vallee.example"], country="FR"),
        "Élodie Faure": person(
            "Élodie", "Faure", "Reporter", "Radio Vallée", [("mobile", "+33 7 81 15 62 09")],
            ["newsroom@radio-vallee.example"], country="FR"),
    },
    "photo.vcf": {
        "Sofia Andersson": person("Sofia", "Andersson",
                                  emails=["sofia.andersson@malmo-dagblad.example"],
                                  notes="Photo from the 2023 press day."),
        "Kwame Mensah": person("Kwame", "Mensah", phones=[("mobile", "+233 24 123 4567")],
                               notes="Ghana correspondent."),
        "Petra Novak": person("Petra", "Novak", "Editor",
                              emails=["petra.novak@praha-denik.example"]),
    },
    "broken.vcf": {
        "Hannah Schmidt": person("Hannah", "Schmidt",
                                 emails=["hannah.schmidt@rhein-post.example"]),
        "Omar Haddad": person("Omar", "Haddad", phones=[("work", "+961 1 123 456")]),
        "Yuki Sato": person("Yuki", "Sato", phones=[("mobile", "+81 80-1234-5678")],
                            emails=["yuki.sato@hokkaido-times.example"]),
    },
}


def _without_ids(rows: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {k: {f: v for f, v in row.items() if f != "id"} for k, row in rows.items()}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_imports_exactly(name: str, corpus: Path, book: ContactBook) -> None:
    report = import_files(book, [corpus / name])
    expected = EXPECTED[name]
    rows = _without_ids(db_rows(book.path))
    assert rows == expected
    assert report.imported == len(expected)
    assert report.merged == 0
    assert integrity(book.path) == "ok"


def test_corpus_reports(corpus: Path, book: ContactBook) -> None:
    assert str(import_files(book, [corpus / "apple_3.0.vcf"])) == (
        "2 imported, 0 merged (same person), 0 possible duplicates kept separate, 0 skipped")
    assert str(import_files(book, [corpus / "broken.vcf"])) == (
        "3 imported, 0 merged (same person), 0 possible duplicates kept separate, "
        "3 skipped (broken.vcf card 2: line 11: new card before END:VCARD; "
        "broken.vcf card 4: line 20: not a vCard property; "
        "broken.vcf card 6: file ends before END:VCARD)")


def test_broken_cards_do_not_stop_the_rest(corpus: Path) -> None:
    items = read_contact_file(corpus / "broken.vcf")
    assert [(i.where, i.error is None) for i in items] == [
        ("broken.vcf card 1", True), ("broken.vcf card 2", False), ("broken.vcf card 3", True),
        ("broken.vcf card 4", False), ("broken.vcf card 5", True), ("broken.vcf card 6", False)]
    # Nothing of the broken cards leaks into the good ones.
    names = [i.contact.name() for i in items if i.contact]
    assert names == ["Hannah Schmidt", "Omar Haddad", "Yuki Sato"]


def test_photos_never_leak_base64(corpus: Path, book: ContactBook) -> None:
    import_files(book, [corpus / "photo.vcf", corpus / "apple_3.0.vcf"])
    for row in db_rows(book.path).values():
        for value in (row["notes"], row["given"], row["family"], row["role"]):
            assert "/9j/" not in value and "JFIF" not in value
            assert len(value) < 200


def test_all_corpus_files_together_in_one_transaction(corpus: Path, book: ContactBook) -> None:
    files = [corpus / name for name in sorted(EXPECTED)]
    report = import_files(book, files)
    total_people = sum(len(v) for v in EXPECTED.values())
    assert report.imported == total_people
    assert len(report.skipped) == 3
    # Bruno and Chloé share Alice's switchboard, Élodie shares Damien's newsroom address.
    assert str(report).startswith(f"{total_people} imported, 0 merged (same person), "
                                  "3 possible duplicates kept separate, 3 skipped")
    assert sorted({p.name for p in report.possible}) == [
        "Bruno Petit", "Chloé Martin", "Élodie Faure"]
    assert len(db_rows(book.path)) == total_people


def test_unparseable_phone_is_kept_as_typed_and_flagged(corpus: Path, book: ContactBook) -> None:
    report = import_files(book, [corpus / "google_contacts.csv"])
    assert ("google_contacts.csv row 2: phone '+234 1 234 5678': not a valid phone number"
            in report.warnings)
    assert db_rows(book.path)["Samuel Okafor"]["phones"][0] == ("work", "+234 1 234 5678")
