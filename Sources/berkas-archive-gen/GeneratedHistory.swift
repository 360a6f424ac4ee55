import BerkasCore
import BerkasKit
import BerkasTemplate
import Foundation

/// The commits of a generated archive, written as the commands write them: the
/// template's settings and members as `init` and `member add` write them, each
/// record's text through `NewRecordService.recordText` and each step through
/// `ActService.stepText`, with the messages of `CommitMessage`.
extension Generator {
    mutating func planCommits() throws -> [ArchiveGenerator.PlannedCommit] {
        let start =
            Int64(CalendarDate(year: 2021, month: 1, day: 4)!.daysSinceEpoch) * 86400 - Generator.offset + 8 * 3600
        let rules = try RulesLoader.load { RecordsTemplate.file($0) }
        guard let type = rules.type(named: "permintaan-reset-akun") else { throw GenError("no reset-request type") }
        var events: [ArchiveGenerator.PlannedCommit] = []
        var numberInYear: [Int: Int] = [:]
        var order = 100
        // Records: created on working days over five years; each step some hours later.
        let span: Int64 = 5 * 365 * 86400 - 30 * 86400
        for r in 0..<records {
            var t0 = start + span * Int64(r) / Int64(records) + between(0, 3600)
            // Move weekend arrivals to Monday morning.
            while CalendarDate(daysSinceEpoch: Int((t0 + Generator.offset) / 86400)).isoWeekday > 5 { t0 += 86400 }
            let date = CalendarDate(daysSinceEpoch: Int((t0 + Generator.offset) / 86400))
            let n = (numberInYear[date.year] ?? 0) + 1
            numberInYear[date.year] = n
            let id = RecordID(prefix: type.schema.prefix, year: date.year, number: n)
            var life = try RecordLife(
                type: type, id: id, fields: person(id: id, letterDate: date.adding(days: -Int(between(0, 3)))))
            let open = r >= records - records / 50 // the newest stay open
            try lifecycle(&life, from: t0, open: open, order: &order, into: &events)
        }
        events.sort { ($0.time, $0.order) < ($1.time, $1.order) }
        // Equal times keep their order; strictly increasing is not needed, never decreasing is.
        return try archiveCommits(start: start) + events
    }

    /// The first commit (the template, the first pengelola) and one per further member.
    func archiveCommits(start: Int64) throws -> [ArchiveGenerator.PlannedCommit] {
        var files: [(String, String)] = RecordsTemplate.files.map {
            ($0.path, String(decoding: $0.contents, as: UTF8.self))
        }
        func setFile(_ path: String, _ text: String) {
            files.removeAll { $0.0 == path }
            files.append((path, text))
        }
        let office = "Bagian Pengadaan Barang dan Jasa Setda Kabupaten Ponorogo"
        let config = String(decoding: RecordsTemplate.file(RulesLoader.configPath)!, as: UTF8.self)
        setFile(RulesLoader.configPath, ConfigEditor.setTopLevel("kantor", "\"\(office)\"", in: config))
        setFile(RulesLoader.policyPath, policy(1))
        setFile(RulesLoader.allowedSignersPath, try Policy.parse(policy(1), file: "p").allowedSigners())
        var plan = [
            ArchiveGenerator.PlannedCommit(
                time: start - 3600, order: 0, signer: 0,
                message: CommitMessage.archiveChange(
                    action: "init", subject: "Arsip baru: \(office)", note: nil, actor: actor(0)
                ).text, files: files)
        ]
        for n in 2...members.count {
            let text = policy(n)
            plan.append(
                ArchiveGenerator.PlannedCommit(
                    time: start - 3600 + Int64(n) * 60, order: n, signer: 0,
                    message: CommitMessage.archiveChange(
                        action: "member-add", subject: "Anggota baru: \(members[n - 1].name)", note: nil,
                        actor: actor(0)
                    ).text,
                    files: [
                        (RulesLoader.policyPath, text),
                        (RulesLoader.allowedSignersPath, try Policy.parse(text, file: "p").allowedSigners())
                    ]))
        }
        return plan
    }

    /// One request through the SOP: recorded, then disposisi (about 10% late),
    /// perintah, reset and kirim some hours apart; about 5% refused; open ones
    /// stop after the disposisi.
    mutating func lifecycle(
        _ life: inout RecordLife, from t0: Int64, open: Bool, order: inout Int,
        into events: inout [ArchiveGenerator.PlannedCommit]
    ) throws {
        let clerk = Int(between(0, 1))
        let admin = Int(between(4, 5))
        func add(_ t: Int64, _ signer: Int, _ commit: (message: String, file: (String, String))) {
            events.append(.init(time: t, order: order, signer: signer, message: commit.message, files: [commit.file]))
            order += 1
        }
        add(t0, clerk, try life.created(by: actor(clerk)))
        var t = t0 + (rng.next() % 10 == 0 ? between(3 * 86400, 5 * 86400) : between(1800, 20 * 3600))
        if rng.next() % 20 == 0 {
            add(t, 2, try life.step("tolak", by: actor(2), note: "Pemohon bukan pejabat pengadaan."))
            return
        }
        add(
            t, 2, try life.step("disposisi", by: actor(2), note: "Diteruskan kepada Kepala LPSE untuk ditindaklanjuti.")
        )
        if open { return }
        t += between(1800, 20 * 3600)
        add(t, 3, try life.step("perintah", by: actor(3), note: "Admin Agency agar mereset akun SPSE pemohon."))
        t += between(600, 4 * 3600)
        add(t, admin, try life.step("reset", by: actor(admin), set: [("user_id_spse", life.field("nip"))]))
        t += between(300, 3600)
        let kirim = [("dikirim_melalui", "whatsapp"), ("dikirim_ke", life.field("telepon"))]
        add(t, admin, try life.step("kirim", by: actor(admin), set: kirim))
    }

    /// What a clerk types from a request letter: an official's data.
    mutating func person(id: RecordID, letterDate: CalendarDate) -> [(String, String)] {
        let first = pick(Generator.firstNames)
        let last = pick(Generator.lastNames)
        let title = pick(Generator.titles)
        let name =
            title.isEmpty
            ? "\(first) \(last)" : (title == "Ir." ? "Ir. \(first) \(last)" : "\(first) \(last), \(title)")
        let gol = pick(Array(Golongan.pns[8...14]))
        let phone = "08" + String(between(11, 59)) + String(format: "%08d", Int(between(0, 99_999_999)))
        return [
            ("tanggal_surat", letterDate.description),
            ("nomor_surat", "027/\(id.number)/405.07/\(id.year)"),
            ("nama", name),
            ("nip", nip()),
            ("pangkat_golongan", "\(gol.name) (\(gol.code))"),
            ("jabatan", pick(Generator.positions)),
            ("alamat_instansi", "\(pick(Generator.offices)), \(pick(Generator.streets)) \(between(1, 120)), Ponorogo"),
            ("telepon", phone),
            ("email", "\(first.lowercased()).\(last.lowercased())\(between(1, 99))@ponorogo.go.id"),
            ("peran", pick(["PPK", "PP", "Pokja Pemilihan"])),
            (
                "nomor_sertifikat_pbj",
                "PBJ.\(between(2015, 2020)).\(String(format: "%07d", Int(between(1, 9_999_999))))"
            ),
            ("sk_pengangkatan", "188.45/\(between(1, 999))/405.07/\(id.year)"),
            ("perubahan_data", "false"),
            ("identitas_asli_diperiksa", "true")
        ]
    }
}

/// One request's text and state as the commands change it.
struct RecordLife {
    let type: RecordType
    let id: RecordID
    let path: String
    var text: String
    var status: Status

    init(type: RecordType, id: RecordID, fields: [(String, String)]) throws {
        self.type = type
        self.id = id
        path = RecordPath.path(type: type.name, id: id)
        text = try NewRecordService.recordText(type: type, id: id, assignments: fields)
        status = type.workflow.initial
    }

    func field(_ key: String) -> String {
        (try? FrontMatterParser.parse(Data(text.utf8), file: path).get())?.scalar(key) ?? ""
    }

    /// `berkas new`'s commit.
    func created(by actor: String) throws -> (message: String, file: (String, String)) {
        let doc = try FrontMatterParser.parse(Data(text.utf8), file: path).get()
        let message = CommitMessage.recordStep(
            id: id.description, action: "buat", from: nil, to: status, note: NewRecordService.creationNote(doc),
            role: type.workflow.createRoles[0], actor: actor)
        return (message.text, (path, text))
    }

    /// `berkas act ID ACTION`'s commit.
    mutating func step(_ name: String, by actor: String, note: String? = nil, set: [(String, String)] = [])
        throws -> (message: String, file: (String, String))
    {
        guard let action = type.workflow.action(ActionName(rawValue: name)) else { throw GenError("no action \(name)") }
        let from = status
        let before = try FrontMatterParser.parse(Data(text.utf8), file: path).get()
        text = try ActService.stepText(text, type: type, path: path, action: action, assignments: set)
        let after = try FrontMatterParser.parse(Data(text.utf8), file: path).get()
        status = action.to
        // The fields whose values changed, in the schema's order, as `act` names them.
        let changed = type.schema.keys.filter { $0 != "status" && before.value($0) != after.value($0) }
        let message = CommitMessage.recordStep(
            id: id.description, action: name, from: from, to: action.to, note: note, role: action.roles[0],
            actor: actor, fields: changed)
        return (message.text, (path, text))
    }
}
