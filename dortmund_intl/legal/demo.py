"""Demo content: the legal notice and the privacy notice of this site, in German and English.

Only facts from the content brief: the publisher (Stadt Dortmund, represented by the Lord
Mayor) and the office with its address. The city's general e-mail address and phone
number are not in it, so the fields stay empty for the editors (the admin warns).
Idempotent: existing pages are left alone.
"""

from dortmund_intl.demo import ensure_page, page_at

from .models import LegalNotice, PrivacyNotice, ProcessingActivity

OFFICE_DE = (
    "Amt für Angelegenheiten des Oberbürgermeisters und des Rates – "
    "Büro für Internationale Beziehungen"
)
OFFICE_EN = "Office of the Lord Mayor and the City Council – Office for International Relations"
ADDRESS = "Betenstraße 19\n44135 Dortmund"
BASIS_DE = "Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 DSG NRW"
BASIS_EN = (
    "Art. 6(1)(e) GDPR in conjunction with § 3 of the Data Protection Act of North "
    "Rhine-Westphalia (DSG NRW)"
)

ACTIVITIES = [
    {
        "kind": ProcessingActivity.Kind.OTHER,
        "title_de": "Aufruf der Website (Server-Protokolle)",
        "title_en": "Visiting the website (server logs)",
        "data_de": "Bei jedem Aufruf speichert der Webserver die IP-Adresse Ihres Geräts, "
        "Datum und Uhrzeit, die aufgerufene Adresse, den Statuscode, die übertragene "
        "Datenmenge und die Kennung Ihres Browsers.",
        "data_en": "With every request the web server records your device's IP address, "
        "date and time, the address requested, the status code, the amount of data sent "
        "and your browser's identification.",
        "purpose_de": "Die Website ausliefern, Störungen finden und Angriffe abwehren.",
        "purpose_en": "To deliver the website, find faults and fend off attacks.",
        "legal_basis_de": BASIS_DE,
        "legal_basis_en": BASIS_EN,
        "retention_de": "Die Protokolle werden nach spätestens sieben Tagen gelöscht.",
        "retention_en": "The logs are deleted after seven days at the latest.",
        "recipients_de": "Niemand außerhalb der Stadtverwaltung und ihres technischen "
        "Dienstleisters (Auftragsverarbeitung nach Art. 28 DSGVO). Die Website lädt nichts "
        "von anderen Servern – keine Schriften, Skripte oder Statistikdienste – und setzt "
        "keine Cookies.",
        "recipients_en": "Nobody outside the city administration and its technical service "
        "provider (processing on the city's behalf, Art. 28 GDPR). The website loads nothing "
        "from other servers – no fonts, scripts or analytics – and sets no cookies.",
    },
    {
        "kind": ProcessingActivity.Kind.BARRIER_REPORTS,
        "title_de": "Formular „Barriere melden“",
        "title_en": "The form “Report a barrier”",
        "data_de": "Was Sie eingeben: die Beschreibung der Barriere und die betroffene Seite, "
        "freiwillig Ihren Namen und Ihre E-Mail-Adresse, dazu Sprache und Zeitpunkt der "
        "Meldung. Ihre IP-Adresse speichern wir mit der Meldung nicht; gegen massenhafte "
        "Zusendungen wird nur ein Prüfwert daraus für eine Stunde im Arbeitsspeicher "
        "gezählt.",
        "data_en": "What you enter: the description of the barrier and the page concerned, "
        "optionally your name and e-mail address, plus the language and time of the report. "
        "We do not store your IP address with the report; against mass submissions only a "
        "check value derived from it is counted in memory for one hour.",
        "purpose_de": "Die gemeldete Barriere beseitigen oder Ihnen die Inhalte auf anderem "
        "Weg zugänglich machen, und Ihnen antworten, wenn Sie das möchten.",
        "purpose_en": "To remove the barrier you reported or make the content available to "
        "you another way, and to answer you if you wish.",
        "legal_basis_de": f"{BASIS_DE} und § 10b BGG NRW (Rückmeldung zur Barrierefreiheit)",
        "legal_basis_en": f"{BASIS_EN} and § 10b BGG NRW (feedback on accessibility)",
        "retention_de": "",
        "retention_en": "",
        "recipients_de": f"Die Meldung geht per E-Mail an das {OFFICE_DE}. Eine Weitergabe an "
        "Dritte findet nicht statt.",
        "recipients_en": f"The report is e-mailed to the {OFFICE_EN}. It is not passed on to "
        "anyone else.",
    },
]


def load() -> None:
    start = page_at("/de/")
    ensure_page(
        LegalNotice,
        "/de/impressum/",
        parent=start,
        title_de="Impressum",
        title_en="Legal notice",
        slug_de="impressum",
        slug_en="legal-notice",
        teaser_de="Wer diese Website herausgibt und wer für ihren Inhalt verantwortlich ist.",
        teaser_en="Who publishes this website and who is responsible for its content.",
        publisher_de="Stadt Dortmund",
        publisher_en="City of Dortmund",
        legal_form_de="Körperschaft des öffentlichen Rechts",
        legal_form_en="A body of public law (Körperschaft des öffentlichen Rechts)",
        represented_by_de="Vertreten durch den Oberbürgermeister",
        represented_by_en="Represented by the Lord Mayor",
        postal_address=ADDRESS,
        content_responsible_de=f"{OFFICE_DE}\n{ADDRESS}",
        content_responsible_en=f"{OFFICE_EN}\n{ADDRESS}",
        body_de="<h2>Haftung für Links</h2><p>Diese Website verweist auf Seiten anderer "
        "Anbieter, etwa unserer Partnerstädte und europäischer Netzwerke. Für deren Inhalte "
        "sind allein diese Anbieter verantwortlich. Erfahren wir von rechtswidrigen Inhalten "
        "auf einer verlinkten Seite, entfernen wir den Link.</p><h2>Urheberrecht</h2><p>Texte "
        "und Bilder dieser Website sind urheberrechtlich geschützt. Bilder ohne anderen "
        "Nachweis: Stadt Dortmund.</p>",
        body_en="<h2>Links to other websites</h2><p>This website links to pages of other "
        "providers, such as our partner cities and European networks. Those providers alone "
        "are responsible for their content. If we learn of unlawful content on a linked "
        "page, we remove the link.</p><h2>Copyright</h2><p>The texts and images of this "
        "website are protected by copyright. Images without another credit: City of "
        "Dortmund.</p>",
    )
    notice, created = ensure_page(
        PrivacyNotice,
        "/de/datenschutz/",
        parent=start,
        title_de="Datenschutz",
        title_en="Privacy",
        slug_de="datenschutz",
        slug_en="privacy",
        teaser_de="Welche Daten diese Website verarbeitet, warum, wie lange, und welche "
        "Rechte Sie haben.",
        teaser_en="Which data this website processes, why and for how long, and what your "
        "rights are.",
        body_de="<p>Diese Website kommt ohne Cookies, ohne Statistikdienste und ohne Inhalte "
        "von anderen Servern aus. Personenbezogene Daten fallen nur an, wenn Sie die Seiten "
        "aufrufen und wenn Sie uns eine Barriere melden. Hier erfahren Sie, was dabei "
        "geschieht (Art. 13 DSGVO).</p>",
        body_en="<p>This website works without cookies, without analytics and without content "
        "from other servers. Personal data arises only when you visit the pages and when you "
        "report a barrier to us. This is what happens to it (Art. 13 GDPR).</p>",
        controller_de=f"Stadt Dortmund, vertreten durch den Oberbürgermeister\n"
        f"Für diese Website: {OFFICE_DE}\n{ADDRESS}",
        controller_en=f"City of Dortmund, represented by the Lord Mayor\n"
        f"For this website: {OFFICE_EN}\n{ADDRESS}",
        data_protection_officer_de="Die Stadt Dortmund hat eine behördliche "
        "Datenschutzbeauftragte oder einen behördlichen Datenschutzbeauftragten bestellt "
        "(Art. 37 DSGVO). Sie erreichen sie oder ihn unter der oben genannten Anschrift mit "
        "dem Zusatz „Datenschutzbeauftragte“.",
        data_protection_officer_en="The City of Dortmund has appointed a data-protection "
        "officer (Art. 37 GDPR). You can reach them at the address above, marked "
        "“Datenschutzbeauftragte” (data-protection officer).",
        rights_de="Sie haben das Recht auf Auskunft über Ihre Daten (Art. 15 DSGVO), auf "
        "Berichtigung (Art. 16), auf Löschung (Art. 17), auf Einschränkung der Verarbeitung "
        "(Art. 18), auf Datenübertragbarkeit (Art. 20) und auf Widerspruch gegen die "
        "Verarbeitung (Art. 21). Wenden Sie sich dafür an die oben genannte Stelle.",
        rights_en="You have the right of access to your data (Art. 15 GDPR), to rectification "
        "(Art. 16), to erasure (Art. 17), to restriction of processing (Art. 18), to data "
        "portability (Art. 20) and to object to the processing (Art. 21). Please contact the "
        "office named above.",
        complaint_de="Sie können sich bei der Aufsichtsbehörde beschweren, wenn Sie meinen, "
        "dass die Verarbeitung Ihrer Daten gegen das Datenschutzrecht verstößt (Art. 77 "
        "DSGVO): bei der Landesbeauftragten für Datenschutz und Informationsfreiheit "
        "Nordrhein-Westfalen (LDI NRW).",
        complaint_en="If you believe that the processing of your data breaks data-protection "
        "law, you can complain to the supervisory authority (Art. 77 GDPR): the State "
        "Commissioner for Data Protection and Freedom of Information of North "
        "Rhine-Westphalia (LDI NRW).",
        complaint_link="https://www.ldi.nrw.de/",
    )
    if created:
        for position, fields in enumerate(ACTIVITIES):
            ProcessingActivity.objects.create(notice=notice, sort_order=position, **fields)
