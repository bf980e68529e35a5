import Testing
@testable import EntenteMail

@Suite struct SMTPConfigurationTests {
    @Test func emptyEnvironmentGivesLocalRelayDefaults() throws {
        // act
        let configuration = try SMTPConfiguration.fromEnvironment([:])

        // check
        #expect(configuration == SMTPConfiguration())
        #expect(configuration.host == "localhost")
        #expect(configuration.port == 25)
        #expect(configuration.credentials == nil)
        #expect(configuration.sender == "entente@localhost")
    }

    @Test func environmentSetsEveryField() throws {
        // setup
        let environment = [
            "ENTENTE_SMTP_HOST": "smtp.ville.test",
            "ENTENTE_SMTP_PORT": "2525",
            "ENTENTE_SMTP_USER": "entente",
            "ENTENTE_SMTP_PASSWORD": "tr3s-s3cret",
            "ENTENTE_SMTP_FROM": "ne-pas-repondre@ville.test",
        ]

        // act
        let configuration = try SMTPConfiguration.fromEnvironment(environment)

        // check
        #expect(configuration.host == "smtp.ville.test")
        #expect(configuration.port == 2525)
        #expect(configuration.credentials == SMTPCredentials(username: "entente", password: "tr3s-s3cret"))
        #expect(configuration.sender == "ne-pas-repondre@ville.test")
    }

    @Test func emptyVariablesCountAsMissing() throws {
        // setup
        let environment = ["ENTENTE_SMTP_HOST": "", "ENTENTE_SMTP_USER": "", "ENTENTE_SMTP_PASSWORD": ""]

        // act
        let configuration = try SMTPConfiguration.fromEnvironment(environment)

        // check
        #expect(configuration == SMTPConfiguration())
    }

    @Test(arguments: ["vingt-cinq", "0", "70000"])
    func portThatIsNotAPortIsRefused(port: String) {
        // act & check
        #expect(throws: SMTPConfigurationError.invalidPort(port)) {
            try SMTPConfiguration.fromEnvironment(["ENTENTE_SMTP_PORT": port])
        }
    }

    @Test func userWithoutPasswordIsRefused() {
        // act & check
        #expect(throws: SMTPConfigurationError.incompleteCredentials) {
            try SMTPConfiguration.fromEnvironment(["ENTENTE_SMTP_USER": "entente"])
        }
    }

    @Test func descriptionsMaskThePassword() {
        // setup
        let configuration = SMTPConfiguration(
            host: "smtp.ville.test",
            credentials: SMTPCredentials(username: "entente", password: "tr3s-s3cret")
        )

        // act
        var dumped = ""
        dump(configuration, to: &dumped)
        let texts = ["\(configuration)", String(reflecting: configuration), dumped]

        // check
        #expect("\(configuration)".contains("entente:********"))
        for text in texts {
            #expect(!text.contains("tr3s-s3cret"))
        }
    }
}
