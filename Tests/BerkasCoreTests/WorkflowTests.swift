import Testing

@testable import BerkasCore

/// docs/design.md §4, written out by hand: the expectation the template's
/// workflow.yml is checked against, for every (state, action, role).
let designTable: [String: (from: [String], to: String, roles: [String])] = [
    "disposisi": (["diterima"], "didisposisi", ["kepala-ukpbj"]),
    "perintah": (["didisposisi"], "diperintahkan", ["kepala-lpse"]),
    "reset": (["diperintahkan"], "direset", ["admin-agency"]),
    "kirim": (["direset"], "selesai", ["admin-agency"]),
    "tolak": (
        ["diterima", "didisposisi", "diperintahkan", "direset"], "ditolak",
        ["kepala-ukpbj", "kepala-lpse", "admin-agency"]
    )
]
let allStates = ["diterima", "didisposisi", "diperintahkan", "direset", "selesai", "ditolak"]
let allRoles = ["pengelola", "staf-ukpbj", "kepala-ukpbj", "kepala-lpse", "admin-agency"]

struct Combination: CustomTestStringConvertible, Sendable {
    let state: String, action: String, role: String
    var testDescription: String { "\(state) · \(action) · \(role)" }
}

let combinations: [Combination] = allStates.flatMap { s in
    (Array(designTable.keys).sorted() + ["hapus"]).flatMap { a in
        allRoles.map { Combination(state: s, action: a, role: $0) }
    }
}

@Suite("Workflow of the reset template")
struct WorkflowTests {
    @Test(arguments: combinations)
    func everyStateActionRole(_ c: Combination) throws {
        let wf = try TemplateRules.resetType.workflow
        let decision = wf.decide(
            action: ActionName(rawValue: c.action), in: Status(rawValue: c.state), roles: [Role(rawValue: c.role)])
        if ["selesai", "ditolak"].contains(c.state) {
            #expect(decision == .final(Status(rawValue: c.state)))
            return
        }
        guard let row = designTable[c.action], row.from.contains(c.state) else {
            guard case .illegal(let allowed) = decision else {
                Issue.record("\(c.testDescription): \(decision)")
                return
            }
            let expected = designTable.filter { $0.value.from.contains(c.state) }.map(\.key).sorted()
            #expect(allowed.map(\.rawValue).sorted() == expected)
            return
        }
        if row.roles.contains(c.role) {
            guard case .allowed(let action, let role) = decision else {
                Issue.record("\(c.testDescription): \(decision)")
                return
            }
            #expect(action.to.rawValue == row.to)
            #expect(role.rawValue == c.role)
        } else {
            #expect(decision == .wrongRole(allowedRoles: row.roles.map(Role.init(rawValue:))))
        }
    }

    @Test func severalRolesPickTheOneTheActionNames() throws {
        let wf = try TemplateRules.resetType.workflow
        let d = wf.decide(action: "disposisi", in: "diterima", roles: ["pengelola", "staf-ukpbj", "kepala-ukpbj"])
        guard case .allowed(_, let role) = d else {
            Issue.record("\(d)")
            return
        }
        #expect(role == "kepala-ukpbj")
    }

    @Test func createAndEditRules() throws {
        let wf = try TemplateRules.resetType.workflow
        #expect(wf.mayCreate(["staf-ukpbj"]) && wf.mayCreate(["kepala-ukpbj"]))
        #expect(!wf.mayCreate(["kepala-lpse"]) && !wf.mayCreate(["admin-agency"]) && !wf.mayCreate(["pengelola"]))
        #expect(wf.mayEdit(in: "diterima", roles: ["staf-ukpbj"]))
        #expect(!wf.mayEdit(in: "didisposisi", roles: ["staf-ukpbj", "kepala-ukpbj"]))
        #expect(!wf.mayEdit(in: "selesai", roles: Set(allRoles.map(Role.init(rawValue:)))))
        #expect(!wf.mayEdit(in: "diterima", roles: ["admin-agency"]))
    }

    @Test func standardTimesAndRequirements() throws {
        let wf = try TemplateRules.resetType.workflow
        #expect(wf.action("disposisi")?.standardWorkingDays == 1)
        #expect(wf.action("perintah")?.standardWorkingDays == 1)
        #expect(wf.action("reset")?.standardWorkingDays == nil)
        #expect(wf.action("disposisi")?.note == .required)
        #expect(wf.action("tolak")?.note == .required)
        #expect(wf.action("reset")?.fields == ["user_id_spse"])
        #expect(wf.action("kirim")?.fields == ["dikirim_melalui", "dikirim_ke"])
        #expect(wf.action("disposisi")?.requires == ["identitas_asli_diperiksa": "true"])
    }

    @Test func requiredFromLeavesOutRejection() throws {
        let wf = try TemplateRules.resetType.workflow
        #expect(wf.statesFrom("direset") == ["direset", "selesai"])
    }

    @Test(arguments: [
        ("states: {a: {}}\ncreate: {roles: [x]}\nactions: {}\n", "initial"),
        ("states: {a: {initial: true}}\ncreate: {roles: [x]}\nactions: {go: {from: [a], to: b, roles: [x]}}\n", "b"),
        (
            "states: {a: {initial: true}, b: {final: true}}\ncreate: {roles: [x]}\nactions: {go: {from: [b], to: a, roles: [x]}}\n",
            "final"
        )
    ])
    func brokenWorkflowsAreRefused(_ yaml: String, _ mention: String) {
        do {
            _ = try Workflow.parse(yaml, file: "workflow.yml")
            Issue.record("accepted")
        } catch {
            #expect(error.message.en.contains(mention), "\(error.message.en)")
        }
    }
}
