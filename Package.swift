// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "attribution",
    products: [
        .library(name: "Attribution", targets: ["Attribution"]),
        .executable(name: "attribution", targets: ["CLI"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "Attribution", resources: [.embedInCode("Tables")]),
        .executableTarget(name: "CLI", dependencies: ["Attribution"]),
        .testTarget(name: "AttributionTests", dependencies: ["Attribution"]),
        .testTarget(name: "CLITests", dependencies: ["CLI"]),
    ],
    swiftLanguageModes: [.v6]
)
