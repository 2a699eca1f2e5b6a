"""Write the contact-file corpus (fictional people and organisations).

The files are committed; this script documents how the binary ones (UTF-16,
cp1252, windows-1251, quoted-printable) were made. Run it from anywhere:
``python tests/presskit/contacts/corpus/make_corpus.py``.
"""

from __future__ import annotations

import base64
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRLF = "\r\n"


def fake_jpeg(seed: int, size: int = 900) -> str:
    rng = random.Random(seed)
    body = bytes(rng.randrange(256) for _ in range(size))
    return base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + body + b"\xff\xd9").decode()


def fold(line: str, width: int = 75) -> str:
    """vCard 3.0 folding: continuation lines start with one space."""
    parts = [line[:width]]
    rest = line[width:]
    while rest:
        parts.append(" " + rest[: width - 1])
        rest = rest[width - 1:]
    return CRLF.join(parts)


def qp(text: str, charset: str = "utf-8", width: int = 60) -> str:
    """Quoted-printable as phones write it: soft line breaks ('=' at line end)."""
    tokens = []
    for b in text.encode(charset):
        if b == 0x20 or (33 <= b <= 126 and b != 0x3D):
            tokens.append(chr(b))
        else:
            tokens.append(f"={b:02X}")
    lines, cur = [], ""
    for t in tokens:
        if len(cur) + len(t) > width:
            lines.append(cur + "=")
            cur = ""
        cur += t
    lines.append(cur)
    return CRLF.join(lines)


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


def outlook_csv() -> None:
    headers = ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company",
               "Department", "Job Title", "Business Street", "Business City", "Business State",
               "Business Postal Code", "Business Country/Region", "Home Phone", "Business Phone",
               "Business Phone 2", "Mobile Phone", "Other Phone", "Pager", "E-mail Address",
               "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "Notes", "Language"]
    rows = [
        ["Mr.", "Tobias", "", "Brenner", "", "Nordlicht Verlag", "Presse", "Pressesprecher",
         "Hafenstraße 12", "Hamburg", "", "20457", "Germany", "", "+49 40 1234567", "",
         "+49 151 23456789", "", "", "tobias.brenner@nordlicht-verlag.example", "SMTP",
         "Tobias Brenner (tobias.brenner@nordlicht-verlag.example)",
         "presse@nordlicht-verlag.example", '"Call after 14:00.\r\nPrefers German."', "de"],
        ["Ms.", "Priya", "", "Raman", "", "Coastal Wire Service", "", "Features Editor", "", "",
         "", "", "United Kingdom", "", "+44 20 7946 0958", "+44 20 7946 0959",
         "+44 7700 900123", "", "", "priya.raman@coastalwire.example", "SMTP", "", "", "",
         "en"],
        ["", "Zoë", "", "Ashworth-Kim", "", "Østfold Radio", "", "Producer", "", "", "", "", "",
         "+47 22 12 34 56", "", "", "", "", "", "zoe.ashworth@ostfold-radio.example", "SMTP",
         "", "", "", ""],
    ]
    text = "\t".join(f'"{h}"' for h in headers) + CRLF
    for row in rows:
        text += "\t".join(c if c.startswith('"') else (f'"{c}"' if c else "") for c in row)
        text += CRLF
    write("outlook_utf16_tab.csv", b"\xff\xfe" + text.encode("utf-16-le"))


def excel_fr_csv() -> None:
    lines = [
        "Nom;Prénom;Société;Fonction;Téléphone;Portable;E-mail;Pays;Langues;Notes;"
        "Dernière vérification",
        "Lefèvre;Hélène;Rédaction Côte d'Azur;Rédactrice en chef;04 93 12 34 56;"
        '06 23 45 67 89;helene.lefevre@cote-azur-info.example;France;fr, it;'
        '"Préfère être appelée le matin; très réactive";15/03/2025',
        "Garçon;François;Le Journal du Périgord;Journaliste économie;05 53 08 12 34;;"
        "f.garcon@journal-perigord.example;FR;fr;Ça marche;2024-01-10",
        "Müller;Jörg;Südwest Kurier;Korrespondent;;+49 171 2345678;"
        "joerg.mueller@suedwest-kurier.example;Allemagne;de, fr;;",
    ]
    write("excel_fr_cp1252.csv", (CRLF.join(lines) + CRLF).encode("cp1252"))


def google_csv() -> None:
    header_line = ("Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,"
                   "Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,"
                   "Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,"
                   "Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,"
                   "Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
                   "E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,"
                   "Phone 2 - Value,Address 1 - Type,Address 1 - Formatted,Address 1 - Street,"
                   "Address 1 - City,Address 1 - PO Box,Address 1 - Region,"
                   "Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
                   "Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,"
                   "Organization 1 - Title,Organization 1 - Department,Organization 1 - Symbol,"
                   "Organization 1 - Location,Organization 1 - Job Description")
    headers = header_line.split(",")
    n = len(headers)

    def row(**values: str) -> list[str]:
        out = [""] * n
        for key, value in values.items():
            out[headers.index(key.replace("__", " - ").replace("_", " "))] = value
        return out

    rows = [
        row(Name="Giulia Conti", Given_Name="Giulia", Family_Name="Conti",
            Notes="Met at Milan Design Week.\nPrefers WhatsApp for urgent requests.",
            Language="it", Group_Membership="* myContacts ::: Press",
            **{"E-mail 1 - Type": "* Work",
               "E-mail 1 - Value": "giulia.conti@gazzetta-lombarda.example",
                   "E-mail 2 - Type": "Home", "E-mail 2 - Value": "giulia.c@posta.example",
               "Phone 1 - Type": "Mobile", "Phone 1 - Value": "+39 347 123 4567",
               "Phone 2 - Type": "Out of hours", "Phone 2 - Value": "+39 02 1234 5678",
               "Address 1 - Type": "Work",
               "Address 1 - Formatted": "Via Roma 10\nMilano 20121\nItalia",
               "Address 1 - Street": "Via Roma 10", "Address 1 - City": "Milano",
                   "Address 1 - Postal Code": "20121", "Address 1 - Country": "Italy",
               "Organization 1 - Name": "Gazzetta Lombarda",
                   "Organization 1 - Title": "Caporedattrice"}),
        row(Name="Samuel Okafor", Given_Name="Samuel", Family_Name="Okafor",
            Group_Membership="* myContacts",
            **{"E-mail 1 - Type": "Work", "E-mail 1 - Value": "samuel@lagos-ledger.example",
               "Phone 1 - Type": "Work",
               "Phone 1 - Value": "+234 1 234 5678 ::: +234 803 123 4567",
               "Organization 1 - Name": "Lagos Ledger",
                   "Organization 1 - Title": "Tech Reporter"}),
        row(Name="Ana Lúcia Lima", Given_Name="Ana", Additional_Name="Lúcia", Family_Name="Lima",
            Notes='Writes the "Mercado" column.',
            **{"E-mail 1 - Type": "* Other", "E-mail 1 - Value": "ana.lima@folha-sul.example",
               "Phone 1 - Type": "Work Fax", "Phone 1 - Value": "+55 11 3123 4567",
               "Address 1 - Country": "Brazil",
               "Organization 1 - Name": "Folha do Sul"}),
    ]
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    write("google_contacts.csv", out.getvalue().encode("utf-8"))


def apple_vcf() -> None:
    photo = fake_jpeg(1)
    lines = [
        "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//macOS 14.4//EN",
        "N:Rousseau;Camille;;;", "FN:Camille Rousseau", "ORG:Maison Verdier;Communication",
        "TITLE:Attachée de presse",
        "EMAIL;type=INTERNET;type=WORK;type=pref:camille.rousseau@maison-verdier.example",
        "TEL;type=CELL;type=VOICE;type=pref:+33 6 12 34 56 78",
        "TEL;type=WORK;type=VOICE:+33 1 44 76 75 39",
        "item1.TEL:+33 6 98 76 54 32", "item1.X-ABLabel:Out of hours",
        "item2.ADR;type=WORK;type=pref:;;12 rue des Lilas;Paris;;75011;France",
        "item2.X-ABADR:fr",
        "NOTE:Prefers email before 10am.\\nLunch meetings on Thursdays\\, never Mondays.",
        fold(f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}"),
        "X-ABUID:5B1F3C2E-0000-4000-8000-ABCDEF012345:ABPerson", "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//macOS 14.4//EN",
        "N:Ørsted;Daniel;;;", "FN:Daniel Ørsted", "ORG:Nordisk Tidende;",
        "TITLE:Kulturredaktør",
        "item1.EMAIL;type=INTERNET:daniel.orsted@nordisk-tidende.example",
        "item1.X-ABLabel:_$!<Other>!$_",
        "TEL;type=WORK;type=VOICE;type=pref:+45 33 12 34 56",
        "item2.TEL:+45 20 12 34 56", "item2.X-ABLabel:_$!<Mobile>!$_", "END:VCARD",
    ]
    write("apple_3.0.vcf", (CRLF.join(lines) + CRLF).encode("utf-8"))


def google_vcf() -> None:
    lines = [
        "BEGIN:VCARD", "VERSION:3.0", "FN:Mei Tanaka", "N:Tanaka;Mei;;;",
        "EMAIL;TYPE=INTERNET;TYPE=WORK:mei.tanaka@kansai-shimbun.example",
        "TEL;TYPE=CELL:+81 90-1234-5678", "TEL;TYPE=WORK:+81 6-1234-5678",
        "ADR;TYPE=WORK:;;2-1 Umeda;Osaka;;530-0001;Japan", "ORG:Kansai Shimbun",
        "TITLE:Science Correspondent",
        "NOTE:Covers space and robotics\\, speaks English and Japanese.",
        "CATEGORIES:myContacts,Press", "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "FN:Björn Lindqvist", "N:Lindqvist;Björn;;;",
        "EMAIL;TYPE=INTERNET:bjorn.lindqvist@goteborgs-kuriren.example",
        "CATEGORIES:myContacts", "END:VCARD",
    ]
    write("google_3.0.vcf", (CRLF.join(lines) + CRLF).encode("utf-8"))


def android_vcf() -> None:
    lines = [
        "BEGIN:VCARD", "VERSION:4.0", "FN:Lucía Fernández", "N:Fernández;Lucía;;;",
        'TEL;TYPE="work,voice";VALUE=uri:tel:+34-91-123-45-67',
        "TEL;TYPE=cell;VALUE=uri:tel:+34612345678",
        "EMAIL;TYPE=work:lucia.fernandez@diario-meseta.example",
        "ORG:Diario de la Meseta", "TITLE:Redactora de tecnología",
        "LANG;PREF=1:es", "LANG;PREF=2:en", "END:VCARD",
        "BEGIN:VCARD", "VERSION:4.0", "FN:Ahmed Benali", "N:Benali;Ahmed;;;",
        'TEL;TYPE="voice,x-after-hours";VALUE=uri:tel:+212-522-123456',
        "TEL;VALUE=uri;TYPE=home:tel:+212661234567",
        "EMAIL:ahmed.benali@casablanca-eco.example", "ORG:Casablanca Éco", "END:VCARD",
    ]
    write("android_4.0.vcf", (CRLF.join(lines) + CRLF).encode("utf-8"))


def qp_vcf() -> None:
    note = "Предпочитает звонки после 11:00.\r\nГоворит по-английски и по-французски."
    parts = [
        "BEGIN:VCARD", "VERSION:2.1",
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("Иванова;Анна;;;"),
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("Анна Иванова"),
        "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
        + qp("Московский вестник — отдел культуры и общества"),
        "TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("Обозреватель"),
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp(note),
        "TEL;CELL:+7 916 123-45-67", "TEL;WORK;VOICE:+7 495 123-45-67",
        "EMAIL;PREF;INTERNET:anna.ivanova@moskva-vestnik.example", "END:VCARD",
        "BEGIN:VCARD", "VERSION:2.1",
        "N;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:" + qp("Петров;Игорь;;;", "cp1251"),
        "FN;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:" + qp("Игорь Петров", "cp1251"),
        "ORG;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:" + qp("Сибирская газета", "cp1251"),
        "TEL;WORK:+7 383 123-45-67", "EMAIL;INTERNET:igor.petrov@sib-gazeta.example",
        "END:VCARD",
    ]
    data = (CRLF.join(parts) + CRLF).encode("ascii")
    raw = [
        "BEGIN:VCARD", "VERSION:2.1", "N;CHARSET=windows-1251:Сидорова;Ольга;;;",
        "FN;CHARSET=windows-1251:Ольга Сидорова", "TITLE;CHARSET=windows-1251:Редактор",
        "TEL;CELL:+7 921 765-43-21", "END:VCARD",
    ]
    data += (CRLF.join(raw) + CRLF).encode("cp1251")
    write("qp_cyrillic_2.1.vcf", data)


def broken_vcf() -> None:
    lines = [
        "BEGIN:VCARD", "VERSION:3.0", "FN:Hannah Schmidt", "N:Schmidt;Hannah;;;",
        "EMAIL:hannah.schmidt@rhein-post.example", "END:VCARD",
        # Card 2 never ends: the next BEGIN starts card 3.
        "BEGIN:VCARD", "VERSION:3.0", "FN:Lost Person", "EMAIL:lost@nowhere.example",
        "BEGIN:VCARD", "VERSION:3.0", "FN:Omar Haddad", "N:Haddad;Omar;;;",
        "TEL;TYPE=WORK:+961 1 123 456", "END:VCARD",
        # Card 4 has a line that is not a property.
        "BEGIN:VCARD", "VERSION:3.0", "FN:Garbled Card", "this line has no colon at all",
        "EMAIL:garbled@nowhere.example", "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "FN:Yuki Sato", "N:Sato;Yuki;;;",
        "EMAIL:yuki.sato@hokkaido-times.example", "TEL;TYPE=CELL:+81 80-1234-5678", "END:VCARD",
        # Card 6 is cut off by the end of the file.
        "BEGIN:VCARD", "VERSION:3.0", "FN:Truncated Person", "EMAIL:trunc",
    ]
    write("broken.vcf", (CRLF.join(lines) + CRLF).encode("utf-8"))


def photo_vcf() -> None:
    p1, p2, p3 = fake_jpeg(2), fake_jpeg(3), fake_jpeg(4)
    raw2 = [p2[i:i + 76] for i in range(0, len(p2), 76)]
    raw3 = ["    " + p3[i:i + 72] for i in range(0, len(p3), 72)]
    lines = [
        "BEGIN:VCARD", "VERSION:3.0", "N:Andersson;Sofia;;;",
        fold(f"PHOTO;ENCODING=b;TYPE=JPEG:{p1}"),
        "FN:Sofia Andersson", "NOTE:Photo from the 2023 press day.",
        "EMAIL;TYPE=INTERNET:sofia.andersson@malmo-dagblad.example", "END:VCARD",
        "BEGIN:VCARD", "VERSION:2.1", "N:Mensah;Kwame", "FN:Kwame Mensah",
        "PHOTO;ENCODING=BASE64;TYPE=JPEG:" + raw2[0], *raw2[1:], "",
        "NOTE:Ghana correspondent.", "TEL;CELL:+233 24 123 4567", "END:VCARD",
        "BEGIN:VCARD", "VERSION:2.1", "N:Novak;Petra",
        "PHOTO;TYPE=JPEG;ENCODING=BASE64:", *raw3, "",
        "FN:Petra Novak", "TITLE:Editor", "EMAIL;INTERNET:petra.novak@praha-denik.example",
        "END:VCARD",
    ]
    write("photo.vcf", (CRLF.join(lines) + CRLF).encode("utf-8"))


def old_phone_vcf() -> None:
    """vCard 2.1 as old feature phones wrote it, with two of their faults.

    Card 1 names a charset that is not one (``CHARSET=punycode``) on UTF-8 text;
    card 2's organization has a stray ``=`` before an escape (``==D0``), which a
    strict quoted-printable decoder turns into mojibake.
    """
    org2 = qp("Пресс-служба мэрии").replace("=D0=BC", "==D0=BC", 1)
    parts = [
        "BEGIN:VCARD", "VERSION:2.1",
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("Müller;Jürgen;;;", width=12),
        "ORG;CHARSET=punycode;ENCODING=QUOTED-PRINTABLE:" + qp("Stadtanzeiger Köln"),
        "TITLE;CHARSET=punycode:Chef vom Dienst",
        "TEL;CELL;VOICE:+49 171 5550123",
        "EMAIL;INTERNET:j.mueller@stadtanzeiger-koeln.example", "END:VCARD",
        "BEGIN:VCARD", "VERSION:2.1",
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("Смирнов;Пётр;;;", width=30),
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("Пётр Смирнов"),
        "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + org2,
        "TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("Пресс-секретарь", width=40),
        "TEL;WORK;VOICE:+7 812 555-01-23", "EMAIL;INTERNET:p.smirnov@spb-meria.example",
        "END:VCARD",
        "BEGIN:VCARD", "VERSION:2.1", "N:Kowalska;Marta",
        "NOTE;CHARSET=ISO-8859-2;ENCODING=QUOTED-PRINTABLE:"
        + qp("Dzwonić rano, przed 9:00.", "iso-8859-2"),
        "TEL;WORK:+48 22 555 01 23", "EMAIL;INTERNET:marta.kowalska@gazeta-mazowsza.example",
        "END:VCARD",
    ]
    data = (CRLF.join(parts) + CRLF).encode("ascii")
    fn = "FN;CHARSET=punycode:Jürgen Müller".encode()
    data = data.replace(b"ORG;CHARSET=punycode", fn + CRLF.encode() + b"ORG;CHARSET=punycode", 1)
    write("old_phone_2.1.vcf", data)


OUTLOOK_HEADERS = ["First Name", "Middle Name", "Last Name", "Title", "Suffix", "Nickname",
                   "E-mail Address", "E-mail Display Name", "Business Phone", "Mobile Phone",
                   "Company", "Job Title", "Business Country/Region", "Notes"]


def outlook_windows_csv(name: str, rows: list[list[str]]) -> None:
    """Outlook's "Comma Separated Values (Windows)" export: quoted, CRLF, Windows-1252."""
    lines = [",".join(f'"{h}"' for h in OUTLOOK_HEADERS)]
    lines += [",".join(f'"{c}"' if c else "" for c in row) for row in rows]
    write(name, (CRLF.join(lines) + CRLF).encode("cp1252"))


def shared_contact_csvs() -> None:
    """Colleagues sharing a switchboard number, and two sharing the newsroom's address."""
    outlook_windows_csv("switchboard_outlook.csv", [
        ["Alice", "", "Durand", "", "", "", "alice.durand@quotidien-centre.example",
         "Alice Durand (alice.durand@quotidien-centre.example)", "+33 1 57 28 20 00", "",
         "Le Quotidien du Centre", "Rédactrice en chef", "France", ""],
        ["Bruno", "", "Petit", "", "", "", "bruno.petit@quotidien-centre.example",
         "Bruno Petit (bruno.petit@quotidien-centre.example)", "+33 1 57 28 20 00",
         "+33 6 48 21 07 93", "Le Quotidien du Centre", "Journaliste économie", "France", ""],
        ["Chloé", "", "Martin", "", "", "", "chloe.martin@quotidien-centre.example",
         "Chloé Martin (chloe.martin@quotidien-centre.example)", "+33 1 57 28 20 00", "",
         "Le Quotidien du Centre", "Photographe", "France", "Standard, demander le service photo"],
    ])
    outlook_windows_csv("newsroom_outlook.csv", [
        ["Damien", "", "Roux", "", "", "", "newsroom@radio-vallee.example",
         "Rédaction Radio Vallée (newsroom@radio-vallee.example)", "", "+33 6 12 40 51 77",
         "Radio Vallée", "Présentateur matinale", "France", ""],
        ["Élodie", "", "Faure", "", "", "", "newsroom@radio-vallee.example",
         "Rédaction Radio Vallée (newsroom@radio-vallee.example)", "", "+33 7 81 15 62 09",
         "Radio Vallée", "Reporter", "France", ""],
    ])


def main() -> None:
    outlook_csv()
    excel_fr_csv()
    google_csv()
    apple_vcf()
    google_vcf()
    android_vcf()
    qp_vcf()
    broken_vcf()
    photo_vcf()
    old_phone_vcf()
    shared_contact_csvs()


if __name__ == "__main__":
    main()
