import EntenteCore
import Foundation
import Testing

@Suite struct ClosurePeriodTests {
    static let ministryFile = "/work/shared/data/fr-en-calendrier-scolaire.csv"
    static let ministryFileIsHere = FileManager.default.fileExists(atPath: ministryFile)

    @Test func closureListsReadDaysAndRanges() throws {
        // setup
        let text = """
            # Collège Anne de Bretagne
            2026-05-15 Pont de l'Ascension

            2026-07-14..2026-08-16   Fermeture estivale
            """
        // act
        let closures = try ClosurePeriod.parseList(text)
        // check
        #expect(closures == [closurePeriod("Pont de l'Ascension", "2026-05-15", "2026-05-15"),
                             closurePeriod("Fermeture estivale", "2026-07-14", "2026-08-16")])
    }

    @Test(arguments: [
        ("2026-05-15", "closures, line 1: the closure needs a name"),
        ("15/05/2026 Pont",
         "closures, line 1: expected 'YYYY-MM-DD name' or 'YYYY-MM-DD..YYYY-MM-DD name', got '15/05/2026 Pont'"),
        ("\n2026-08-16..2026-07-14 Été", "closures, line 2: 'Été' ends (2026-07-14) before it starts (2026-08-16)"),
    ])
    func malformedClosureListsSayWhichLine(text: String, message: String) {
        // act
        let error = #expect(throws: WorkingTimeError.self) { try ClosurePeriod.parseList(text) }
        // check
        #expect(error?.description == message)
    }

    @Test func theMinistryCalendarGivesAZonesHolidaysOnce() throws {
        // setup: the file's layout, with a BOM, two académies of zone B, both populations, an open-ended row
        let csv = """
            \u{FEFF}description;population;start_date;end_date;location;zones;annee_scolaire
            Vacances de la Toussaint;-;2025-10-17T22:00:00+00:00;2025-11-02T23:00:00+00:00;Rennes;Zone B;2025-2026
            Vacances de la Toussaint;-;2025-10-17T22:00:00+00:00;2025-11-02T23:00:00+00:00;Strasbourg;Zone B;2025-2026
            Vacances de la Toussaint;-;2025-10-17T22:00:00+00:00;2025-11-02T23:00:00+00:00;Lyon;Zone A;2025-2026
            Vacances d'Été;Enseignants;2026-07-03T22:00:00+00:00;2026-08-30T22:00:00+00:00;Rennes;Zone B;2025-2026
            Vacances d'Été;Élèves;2026-07-03T22:00:00+00:00;2026-08-31T22:00:00+00:00;Rennes;Zone B;2025-2026
            Début des Vacances d'Été;-;2027-07-02T22:00:00+00:00;2027-07-02T22:00:00+00:00;Rennes;Zone B;2026-2027
            """
        // act
        let pupils = try SchoolHolidays.closurePeriods(csv: csv, area: "Zone B")
        let teachers = try SchoolHolidays.closurePeriods(csv: csv, area: "Rennes", population: .teachers)
        // check: the end is the day classes resume
        #expect(pupils.map { "\($0.firstDay)…\($0.lastDay) \($0.name)" }
            == ["2025-10-18…2025-11-02 Vacances de la Toussaint", "2026-07-04…2026-08-31 Vacances d'Été"])
        #expect(pupils.allSatisfy { $0.kind == .schoolHolidays && !$0.countsAsWorkingTime })
        #expect(teachers.last?.lastDay == isoDay("2026-08-30"))
    }

    @Test func aMalformedMinistryCalendarSaysWhy() {
        // setup
        let header = "description;population;start_date;end_date;location;zones;annee_scolaire\n"
        // check
        #expect(throws: WorkingTimeError.invalidSchoolCalendar(line: 1, reason: "missing column 'zones'")) {
            try SchoolHolidays.closurePeriods(csv: header.replacingOccurrences(of: "zones", with: "zone"),
                                              area: "Rennes")
        }
        #expect(throws: WorkingTimeError.invalidSchoolCalendar(line: 2, reason: "expected 7 fields, found 2")) {
            try SchoolHolidays.closurePeriods(csv: header + "Noël;-\n", area: "Rennes")
        }
    }

    @Test(.enabled(if: ministryFileIsHere, "the ministry's school calendar is not on this machine"))
    func rennesSchoolYear2025To2026FromTheMinistrysFile() throws {
        // setup
        let csv = try String(contentsOfFile: Self.ministryFile, encoding: .utf8)
        // act
        let holidays = try SchoolHolidays.closurePeriods(csv: csv, area: "Rennes")
            .filter { $0.firstDay >= isoDay("2025-09-01") && $0.lastDay <= isoDay("2026-09-01") }
        // check
        #expect(holidays.map { "\($0.firstDay)…\($0.lastDay) \($0.name)" } == [
            "2025-10-18…2025-11-02 Vacances de la Toussaint", "2025-12-20…2026-01-04 Vacances de Noël",
            "2026-02-14…2026-03-01 Vacances d'Hiver", "2026-04-11…2026-04-26 Vacances de Printemps",
            "2026-05-14…2026-05-17 Pont de l'Ascension", "2026-07-04…2026-08-31 Vacances d'Été",
        ])
    }

    @Test(.enabled(if: ministryFileIsHere, "the ministry's school calendar is not on this machine"))
    func aStrasbourgCollegeClosedForChristmas() throws {
        // setup: zone B holidays stop the clock; Christmas and Saint Stephen fall inside them
        let csv = try String(contentsOfFile: Self.ministryFile, encoding: .utf8)
        let calendar = WorkingCalendar(department: try FrenchDepartment(code: "67"),
                                       closures: try SchoolHolidays.closurePeriods(csv: csv, area: "Strasbourg"),
                                       years: 2025...2026)
        let start = paris("2025-12-19T16:00")
        // act
        let result = try calendar.deadline(from: start, adding: .workingDays(0.5))
        // check
        #expect(result?.inParis() == "2026-01-05T10:30:00+01:00")
        #expect(calendar.explanation(deadline: result, from: start, duration: .workingDays(0.5))
            == "Échéance : lundi 5 janvier 2026 à 10:30 — ½ journée ouvrée à partir du "
            + "vendredi 19 décembre 2025 16:00 ; "
            + "fermé du samedi 20 décembre 2025 au dimanche 4 janvier (Vacances de Noël)")
    }
}
