import Fluent

/// 028: quantities of the equipment référentiel agreed with a school head, dated, with their reason.
/// Each agreement is a row: the latest one of a line applies, the earlier ones stay as its history.
struct CreateEquipmentModulations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("equipment_modulations")
            .id()
            .field("establishment_uai", .string, .required)
            .field("component_id", .string, .required)
            .field("quantity", .int, .required)
            .field("agreed_on", .string, .required)
            .field("agreed_with", .string, .required)
            .field("reason", .string, .required)
            .field("recorded_by", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("equipment_modulations").delete()
    }
}
