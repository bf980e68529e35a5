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
        #expect(configuration.security == .none)
        #expect(configuration.trustedCAFile == nil)
    }

    @Test func environmentSetsEveryField() throws {
        // setup
        let environment = [
            "ENTENTE_SMTP_HOST": "smtp.ville.test",
            "ENTENTE_SMTP_PORT": "2525",
            "ENTENTE_SMTP_USER": "entente",
            "ENTENTE_SMTP_PASSWORD": "tr3s-s3cret",
            "ENTENTE_SMTP_FROM": "ne-pas-repondre@ville.test",
            "ENTENTE_SMTP_TLS": "tls",
            "ENTENTE_SMTP_CA_FILE": TestCertificate.certificatePath,
        ]

        // act
        let configuration = try SMTPConfiguration.fromEnvironment(environment)

        // check
        #expect(configuration.host == "smtp.ville.test")
        #expect(configuration.port == 2525)
        #expect(configuration.credentials == SMTPCredentials(username: "entente", password: "tr3s-s3cret"))
        #expect(configuration.sender == "ne-pas-repondre@ville.test")
        #expect(configuration.security == .implicitTLS)
        #expect(configuration.trustedCAFile == TestCertificate.certificatePath)
    }

    @Test(arguments: [
        // (TLS setting, with credentials) → security, port
        ("", false, SMTPTransportSecurity.none, 25),
        ("", true, .startTLS, 25),
        ("none", true, .none, 25),
        ("starttls", false, .startTLS, 25),
        ("STARTTLS", true, .startTLS, 25),
        ("tls", false, .implicitTLS, 465),
    ])
    func securityDefaultsToStartTLSWithCredentials(
        setting: String, withCredentials: Bool, security: SMTPTransportSecurity, port: Int
    ) throws {
        // setup
        var environment = ["ENTENTE_SMTP_TLS": setting]
        if withCredentials {
            environment["ENTENTE_SMTP_USER"] = "entente"
            environment["ENTENTE_SMTP_PASSWORD"] = "tr3s-s3cret"
        }

        // act
        let configuration = try SMTPConfiguration.fromEnvironment(environment)

        // check
        #expect(configuration.security == security)
        #expect(configuration.port == port)
    }

    @Test func configuredPortWinsOverThePortOfImplicitTLS() throws {
        // act
        let configuration = try SMTPConfiguration.fromEnvironment(["ENTENTE_SMTP_TLS": "tls", "ENTENTE_SMTP_PORT": "2465"])

        // check
        #expect(configuration.port == 2465)
    }

    @Test(arguments: ["ssl", "yes", "true", "start-tls"])
    func unknownTLSSettingNamesTheVariableAndTheChoices(setting: String) {
        // act
        let error = #expect(throws: SMTPConfigurationError.invalidSecurity(setting)) {
            try SMTPConfiguration.fromEnvironment(["ENTENTE_SMTP_TLS": setting])
        }

        // check
        #expect(error?.description == "ENTENTE_SMTP_TLS is not one of none, starttls, tls: \"\(setting)\"")
    }

    @Test func missingCAFileIsRefusedAtStart() {
        // act
        let error = #expect(throws: SMTPConfigurationError.self) {
            try SMTPConfiguration.fromEnvironment([
                "ENTENTE_SMTP_TLS": "starttls", "ENTENTE_SMTP_CA_FILE": "/nonexistent/ca.pem",
            ])
        }

        // check
        guard case .unreadableCAFile(let path, _)? = error else {
            Issue.record("expected an unreadable CA file, got \(String(describing: error))")
            return
        }
        #expect(path == "/nonexistent/ca.pem")
        #expect(error?.description.hasPrefix("ENTENTE_SMTP_CA_FILE \"/nonexistent/ca.pem\"") == true)
    }

    @Test func caFileWithoutTLSIsRefused() {
        // act & check
        #expect(throws: SMTPConfigurationError.caFileWithoutTLS) {
            try SMTPConfiguration.fromEnvironment(["ENTENTE_SMTP_CA_FILE": TestCertificate.certificatePath])
        }
    }

    @Test func certificateNameIsTheHostUnlessAnAddress() {
        // act & check: SNI cannot carry an address; the certificate is then checked against the address
        #expect(SMTPConfiguration(host: "smtp.ville.test").tlsServerName == "smtp.ville.test")
        #expect(SMTPConfiguration(host: "127.0.0.1").tlsServerName == nil)
        #expect(SMTPConfiguration(host: "::1").tlsServerName == nil)
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
