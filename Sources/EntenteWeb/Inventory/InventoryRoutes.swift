import Vapor

/// The inventory's pages, for signed-in users; each handler checks what the user may read or change.
enum InventoryRoutes {
    static func register(on signedIn: any RoutesBuilder) {
        signedIn.get(.inventory, use: InventoryController.list)
        signedIn.get(.inventoryCSV, use: InventoryController.listCSV)
        signedIn.get(.asset, use: InventoryController.show)
        signedIn.get(.assetLabel, use: InventoryController.label)
        signedIn.post(.assetStatus, use: InventoryController.changeStatus)
        signedIn.get(.inventoryImport, use: AssetImportController.form)
        signedIn.upload(.inventoryImport, limit: AssetImportController.fileLimit, use: AssetImportController.upload)
        signedIn.get(.inventoryImportReport, use: AssetImportController.report)
        signedIn.post(.inventoryImportReport, use: AssetImportController.act)
        signedIn.post(.assetLoans, use: AssetLoanController.lend)
        signedIn.post(.loanAgreement, use: AssetLoanController.recordAgreement)
        signedIn.post(.loanEnd, use: AssetLoanController.end)
        signedIn.get(.allocations, use: AssetLoanController.allocationForm)
        signedIn.post(.allocations, use: AssetLoanController.allocate)
        signedIn.post(.allocationsEnd, use: AssetLoanController.endSchooling)
        signedIn.get(.inventoryIndicators, use: InventoryIndicatorsController.page)
        signedIn.get(.inventoryIndicatorsJSON, use: InventoryIndicatorsController.json)
        signedIn.get(.inventoryIndicatorsCSV, use: InventoryIndicatorsController.csv)
        signedIn.get(.disposals, use: DisposalController.list)
        signedIn.post(.disposals, use: DisposalController.make)
        signedIn.get(.disposal, use: DisposalController.show)
        signedIn.upload(.disposalCertificate, limit: DisposalController.certificateLimit, use: DisposalController.attach)
        signedIn.get(.disposalCertificate, use: DisposalController.download)
        signedIn.get(.conformance, use: ConformanceController.page)
        signedIn.post(.modulations, use: ConformanceController.modulate)
        signedIn.get(.purchases, use: PurchaseController.list)
        signedIn.post(.purchases, use: PurchaseController.file)
        signedIn.get(.purchase, use: PurchaseController.show)
        signedIn.post(.purchaseDecision, use: PurchaseController.decide)
        signedIn.post(.purchaseReceipt, use: PurchaseController.receive)
    }
}
