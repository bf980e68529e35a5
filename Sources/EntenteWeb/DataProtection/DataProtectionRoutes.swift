import Vapor

/// The data-protection pages, for signed-in users; each handler checks the crisis directory.
enum DataProtectionRoutes {
    static func register(on signedIn: any RoutesBuilder) {
        signedIn.get(.breaches, use: BreachController.list)
        signedIn.post(.breaches, use: BreachController.declare)
        signedIn.get(.breachesCSV, use: BreachController.registerCSV)
        signedIn.get(.breachesJSON, use: BreachController.registerJSON)
        signedIn.get(.newBreach, use: BreachController.newForm)
        signedIn.get(.breach, use: BreachController.show)
        signedIn.post(.breachNotifications, use: BreachController.notify)
        signedIn.post(.breachDecision, use: BreachController.decide)
        signedIn.post(.breachResolution, use: BreachController.resolve)
        signedIn.get(.breachAuthoritySheet, use: BreachController.authoritySheet)
        signedIn.get(.crisisDirectory, use: CrisisDirectoryController.show)
        signedIn.post(.crisisDirectory, use: CrisisDirectoryController.add)
        signedIn.post(.crisisContactReview, use: CrisisDirectoryController.review)
        signedIn.get(.personalData, use: PersonalDataController.page)
        signedIn.get(.personalDataExport, use: PersonalDataController.download)
        signedIn.post(.personalDataErasure, use: PersonalDataController.erase)
        signedIn.post(.retention, use: PersonalDataController.applyRetention)
    }
}
