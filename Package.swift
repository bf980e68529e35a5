// swift-tools-version:6.1
import PackageDescription

// The architecture at a glance: a pure domain core, the file formats around it,
// storage and web layers, and one thin executable.

/// The stricter settings of the Swift server projects that care, on every target: existentials
/// spelled `any`, and a module uses only what it imports itself.
let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("MemberImportVisibility")]

let package = Package(
    name: "Entente",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "entente", targets: ["entente"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        // The OpenAPI document's model; its external-reference loading (a default trait) is not needed.
        .package(url: "https://github.com/mattpolzin/OpenAPIKit.git", from: "6.4.0", traits: []),
    ],
    targets: [
        // Conventions, responsibilities, establishments: Foundation only.
        .target(name: "EntenteCore", swiftSettings: strict),
        // Human-readable data files (YAML conventions, CSV establishments) and the bundled demo territory.
        .target(
            name: "EntenteFiles",
            dependencies: ["EntenteCore", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/DemoTerritory")],
            swiftSettings: strict
        ),
        // E-mail notifications: an SMTP client over SwiftNIO.
        .target(
            name: "EntenteMail",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "EntenteStorage",
            dependencies: [
                "EntenteCore",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "EntenteWeb",
            dependencies: [
                "EntenteCore", "EntenteFiles", "EntenteStorage", "EntenteMail",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "OpenAPIKit30", package: "OpenAPIKit"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "entente",
            dependencies: [
                "EntenteCore", "EntenteFiles", "EntenteWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // `swift build -c release --product entente-bench`: the working-calendar benchmark.
        .executableTarget(name: "entente-bench", dependencies: ["EntenteCore"], path: "Sources/EntenteBenchmarks",
                          swiftSettings: strict),
        .testTarget(name: "EntenteCoreTests", dependencies: ["EntenteCore"], swiftSettings: strict),
        .testTarget(name: "EntenteFilesTests", dependencies: ["EntenteFiles"], swiftSettings: strict),
        .testTarget(
            name: "EntenteMailTests",
            dependencies: [
                "EntenteMail",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            // Test-only certificate and key for the TLS sink.
            resources: [.copy("Certificates")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EntenteWebTests",
            dependencies: [
                "EntenteWeb", "EntenteStorage", "EntenteMail",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "OpenAPIKit30", package: "OpenAPIKit"),
            ],
            swiftSettings: strict
        ),
    ]
)
