import EntenteCore
import EntenteMail
import Foundation

/// How an Entente server runs: read from the command line, then the environment, then defaults.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// Folder of the embedded SQLite database.
    public var dataDirectory: String
    /// `postgres://…`: use PostgreSQL instead of the embedded SQLite file.
    public var databaseURL: String?
    /// Demo mode: demo accounts are created and shown on the sign-in page.
    public var demoMode: Bool
    /// In demo mode, an empty desk is filled with a recent history at start (`DemoHistory`) and an empty
    /// inventory with devices (`DemoInventory`); `ENTENTE_DEMO_HISTORY=0` keeps both empty.
    public var demoHistory = false
    /// bcrypt work factor; tests lower it to stay fast.
    public var passwordCost: Int
    /// The mail server of notifications (`ENTENTE_SMTP_*`); none: no e-mail is sent.
    public var smtp: SMTPConfiguration?
    /// What tickets may carry as attachments (`ENTENTE_ATTACHMENT_MAX_MB` sets the size per file).
    public var attachmentPolicy: AttachmentPolicy = .standard
    /// When a running clock is "at risk" (`ENTENTE_SLA_RISK_PERCENT`, 25 % or 1 working hour by default).
    public var serviceLevelRisk: ServiceLevelRisk = .standard
    /// Seconds between two passes of the service-level watcher while serving (`ENTENTE_SLA_WATCH_SECONDS`,
    /// 60 by default, 0: off); nil here, so an application configured in tests or tools never watches.
    public var serviceLevelWatchSeconds: Int?
    /// The reverse proxies whose `X-Forwarded-For` and `X-Forwarded-Proto` are believed (`ENTENTE_TRUSTED_PROXIES`).
    public var trustedProxies: Set<String> = []
    /// How sign-in slows password guessing.
    public var signInThrottle: SignInThrottle = .standard

    public init(host: String = "127.0.0.1", port: Int = 8080, dataDirectory: String, databaseURL: String? = nil,
                demoMode: Bool = true, passwordCost: Int = 12, smtp: SMTPConfiguration? = nil) {
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.databaseURL = databaseURL
        self.demoMode = demoMode
        self.passwordCost = passwordCost
        self.smtp = smtp
    }

    /// `ENTENTE_ATTACHMENT_MAX_MB`: whole megabytes, 1 to 100.
    static func attachmentPolicy(_ environment: [String: String]) throws -> AttachmentPolicy {
        guard let text = environment["ENTENTE_ATTACHMENT_MAX_MB"], !text.isEmpty else { return .standard }
        guard let megabytes = Int(text), (1...100).contains(megabytes) else {
            throw SettingsError("ENTENTE_ATTACHMENT_MAX_MB='\(text)' is not a size: use whole megabytes, 1 to 100")
        }
        return AttachmentPolicy(maxFileSize: megabytes * 1024 * 1024)
    }

    /// Command-line values win over `ENTENTE_HOST`, `ENTENTE_PORT`, `ENTENTE_DATA_DIR`,
    /// `DATABASE_URL` and `ENTENTE_DEMO`.
    public static func resolve(host: String?, port: Int?, dataDirectory: String?,
                               environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ServerSettings {
        let portText = environment["ENTENTE_PORT"]
        let environmentPort = try portText.map { text -> Int in
            guard let value = Int(text), (1...65535).contains(value) else {
                throw SettingsError("ENTENTE_PORT='\(text)' is not a port number: use 1 to 65535")
            }
            return value
        }
        let databaseURL = environment["DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        let demo = environment["ENTENTE_DEMO"].map { $0 == "1" || $0 == "true" } ?? (databaseURL == nil)
        var smtp: SMTPConfiguration?
        if environment["ENTENTE_SMTP_HOST"].map({ !$0.isEmpty }) == true {
            do { smtp = try SMTPConfiguration.fromEnvironment(environment) } catch {
                throw SettingsError("invalid ENTENTE_SMTP_* settings: \(error)")
            }
        }
        var settings = ServerSettings(
            host: host ?? environment["ENTENTE_HOST"] ?? "127.0.0.1",
            port: port ?? environmentPort ?? 8080,
            dataDirectory: dataDirectory ?? environment["ENTENTE_DATA_DIR"] ?? defaultDataDirectory(environment),
            databaseURL: databaseURL, demoMode: demo, smtp: smtp)
        settings.demoHistory = demo && environment["ENTENTE_DEMO_HISTORY"] != "0"
        settings.attachmentPolicy = try attachmentPolicy(environment)
        settings.trustedProxies = try trustedProxies(environment)
        (settings.serviceLevelRisk, settings.serviceLevelWatchSeconds) = try serviceLevelWatch(environment)
        return settings
    }

    /// `ENTENTE_SLA_RISK_PERCENT` (1 to 100) and `ENTENTE_SLA_WATCH_SECONDS` (0 to 86400, 0: no watcher).
    static func serviceLevelWatch(_ environment: [String: String]) throws -> (ServiceLevelRisk, Int?) {
        var risk = ServiceLevelRisk.standard
        if let text = environment["ENTENTE_SLA_RISK_PERCENT"], !text.isEmpty {
            guard let percent = Int(text), (1...100).contains(percent) else {
                throw SettingsError("ENTENTE_SLA_RISK_PERCENT='\(text)' is not a share: use a whole percentage, 1 to 100")
            }
            risk.percent = percent
        }
        guard let text = environment["ENTENTE_SLA_WATCH_SECONDS"], !text.isEmpty else { return (risk, 60) }
        guard let seconds = Int(text), (0...86_400).contains(seconds) else {
            throw SettingsError("ENTENTE_SLA_WATCH_SECONDS='\(text)' is not a delay: use whole seconds, 0 (off) to 86400")
        }
        return (risk, seconds == 0 ? nil : seconds)
    }

    /// `$XDG_DATA_HOME/entente`, else `~/.local/share/entente`: the same from any current directory.
    static func defaultDataDirectory(_ environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/entente" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/entente"
    }

    public var databaseDescription: String {
        guard let databaseURL, let url = URL(string: databaseURL) else { return "SQLite \(dataDirectory)/entente.sqlite" }
        // Never print the password.
        return "PostgreSQL \(url.host ?? "?"):\(url.port ?? 5432)\(url.path)"
    }
}

public struct SettingsError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
