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
        signedIn.get(.rightsRequests, use: RightsRequestController.list)
        signedIn.post(.rightsRequests, use: RightsRequestController.record)
        signedIn.get(.rightsRequestsCSV, use: RightsRequestController.csv)
        signedIn.get(.newRightsRequest, use: RightsRequestController.newForm)
        signedIn.get(.rightsRequest, use: RightsRequestController.show)
        signedIn.post(.rightsRequestStep, use: RightsRequestController.step)
        signedIn.get(.incidents, use: IncidentController.list)
        signedIn.post(.incidents, use: IncidentController.report)
        signedIn.get(.newIncident, use: IncidentController.newForm)
        signedIn.get(.incident, use: IncidentController.show)
        signedIn.post(.incidentChange, use: IncidentController.change)
        signedIn.post(.incidentEntryDone, use: IncidentController.completeEntry)
        signedIn.get(.processingRegister, use: ProcessingRegisterController.page)
        signedIn.get(.processingRegisterCSV, use: ProcessingRegisterController.csv)
        signedIn.get(.processingRegisterJSON, use: ProcessingRegisterController.json)
    }
}
