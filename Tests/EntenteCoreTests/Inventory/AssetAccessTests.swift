import Testing
@testable import EntenteCore

/// Who reads and keeps an establishment's inventory, for every role.
@Suite struct AssetAccessTests: AccessCast {
    let college = try! UAI("0352958A")
    let partners: Set<String> = ["CD35", "AC-RENNES"]

    @Test func theConventionsPartnersShareTheInventoryAndObserversOnlyRead() {
        for viewer in [admin, departement, academie] {
            #expect(AssetAccess.canRead(viewer, establishment: college, conventionPartners: partners))
            #expect(AssetAccess.canEdit(viewer, establishment: college, conventionPartners: partners))
        }
        #expect(AssetAccess.canRead(dpd, establishment: college, conventionPartners: partners))
        #expect(!AssetAccess.canEdit(dpd, establishment: college, conventionPartners: partners))
        #expect(!AssetAccess.canRead(otherTerritory, establishment: college, conventionPartners: partners))
    }

    @Test func anEstablishmentKeepsItsOwnInventoryOnly() {
        #expect(AssetAccess.canEdit(principal, establishment: college, conventionPartners: partners))
        #expect(!AssetAccess.canRead(otherSchool, establishment: college, conventionPartners: partners))
    }

    @Test func onlyAdministratorsAndPartnerAgentsImport() {
        #expect(AssetAccess.canImport(admin) && AssetAccess.canImport(departement))
        #expect(!AssetAccess.canImport(principal) && !AssetAccess.canImport(dpd))
    }
}
