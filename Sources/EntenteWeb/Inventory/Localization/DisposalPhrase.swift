import EntenteCore

/// The words of disposal batches, French first.
enum DisposalPhrase: Phrasebook {
    case title, intro, noBatches, newBatch, establishment, destination, recipient, devices, make, madeOn, items, certificate
    case noCertificate, attach, file, chooseAFile, download, batch

    var pair: (String, String) {
        switch self {
        case .title: ("Seconde vie et recyclage", "Second life and recycling")
        case .intro: ("Un lot réunit des appareils réformés qui quittent le parc ensemble : reconditionnement, don à un bénéficiaire ou recyclage par un collecteur, dont le certificat est joint au lot. Les appareils du lot sortent des indicateurs du parc et restent dans l'historique.",
                      "A batch gathers retired devices leaving the park together: reconditioning, donation to a beneficiary or recycling by a collector, whose certificate is attached to the batch. The batch's devices leave the park's indicators and stay in history.")
        case .noBatches: ("Aucun lot.", "No batch.")
        case .newBatch: ("Nouveau lot", "New batch")
        case .establishment: ("Établissement (UAI)", "Establishment (UAI)")
        case .destination: ("Destination", "Destination")
        case .recipient: ("Reconditionneur, bénéficiaire ou collecteur", "Reconditioner, beneficiary or collector")
        case .devices: ("Appareils réformés (n° d'inventaire ou de série, un par ligne)", "Retired devices (inventory or serial numbers, one per line)")
        case .make: ("Constituer le lot", "Make the batch")
        case .madeOn: ("Constitué le", "Made on")
        case .items: ("Appareils du lot (tels qu'ils étaient à sa constitution)", "Devices of the batch (as they were when it was made)")
        case .certificate: ("Certificat", "Certificate")
        case .noCertificate: ("Certificat non encore reçu.", "Certificate not received yet.")
        case .attach: ("Joindre le certificat", "Attach the certificate")
        case .file: ("Fichier (PDF ou image)", "File (PDF or image)")
        case .chooseAFile: ("Choisissez le fichier du certificat.", "Choose the certificate's file.")
        case .download: ("Télécharger", "Download")
        case .batch: ("Lot", "Batch")
        }
    }

    static func destination(_ destination: DisposalBatch.Destination, _ language: Language) -> String {
        DisposalKind(destination).text(language) + " — " + destination.recipient
    }
}

/// The kinds of destination, by the form's value.
enum DisposalKind: String, CaseIterable, Phrasebook {
    case recycling, reconditioning, donation

    init(_ destination: DisposalBatch.Destination) {
        self = switch destination {
        case .reconditioning: .reconditioning
        case .donation: .donation
        case .recycling: .recycling
        }
    }

    func destination(to recipient: String) -> DisposalBatch.Destination {
        switch self {
        case .recycling: .recycling(collector: recipient)
        case .reconditioning: .reconditioning(provider: recipient)
        case .donation: .donation(beneficiary: recipient)
        }
    }

    var pair: (String, String) {
        switch self {
        case .recycling: ("Recyclage", "Recycling")
        case .reconditioning: ("Reconditionnement", "Reconditioning")
        case .donation: ("Don", "Donation")
        }
    }
}

extension DisposalBatch.Refusal: Phrasebook {
    var pair: (String, String) {
        switch self {
        case .empty: ("indiquez au moins un appareil", "give at least one device")
        case .noRecipient: ("indiquez le reconditionneur, le bénéficiaire ou le collecteur", "give the reconditioner, beneficiary or collector")
        case .notRetired(let numbers): ("pas encore réformé(s) : \(numbers.joined(separator: ", ")) — réformez-les d'abord", "not retired yet: \(numbers.joined(separator: ", ")) — retire them first")
        case .otherEstablishment(let numbers): ("d'un autre établissement : \(numbers.joined(separator: ", "))", "of another establishment: \(numbers.joined(separator: ", "))")
        case .alreadyInABatch(let numbers): ("déjà dans un lot : \(numbers.joined(separator: ", "))", "already in a batch: \(numbers.joined(separator: ", "))")
        case .unknownDevices(let numbers): ("inconnu(s) dans cet établissement : \(numbers.joined(separator: ", "))", "unknown in this establishment: \(numbers.joined(separator: ", "))")
        case .unknownEstablishment(let text): ("« \(text) » n'est pas un UAI", "'\(text)' is not a UAI")
        }
    }
}
