import Vapor

/// The bodies' and the sums' pages, for signed-in users; each handler checks `GovernanceAccess`.
enum GovernanceRoutes {
    static func register(on signedIn: any RoutesBuilder) {
        signedIn.get(.governance, use: GovernanceController.overview)
        signedIn.get(.newMeeting, use: GovernanceController.newForm)
        signedIn.post(.governance, use: GovernanceController.schedule)
        signedIn.get(.meeting, use: GovernanceController.show)
        signedIn.post(.meetingChange, use: GovernanceController.change)
        signedIn.get(.meetingMinutes, use: GovernanceController.minutes)
        signedIn.post(.voteChange, use: GovernanceController.voteChange)
        signedIn.post(.actionStatus, use: GovernanceController.actionStatus)
        signedIn.get(.finance, use: FinanceController.page)
        signedIn.get(.callForFunds, use: FinanceController.callForFunds)
        signedIn.get(.callForFundsCSV, use: FinanceController.callForFundsCSV)
        signedIn.post(.financeChange, use: FinanceController.change)
        signedIn.get(.avenants, use: AvenantController.list)
        signedIn.post(.avenants, use: AvenantController.propose)
        signedIn.get(.avenant, use: AvenantController.show)
        signedIn.post(.avenantStep, use: AvenantController.step)
    }
}
