/// The one body-size policy: how large a request may be, by kind. Texts have their own limits in
/// characters (`TicketIntake.descriptionLimit`…), checked with a clear message; these bytes only
/// stop what no form or client of ours sends. A form's 20,000-character comment of accented
/// letters is about 120 kB once URL-encoded; files have the attachment policy's size.
enum BodyLimits {
    /// Forms of the pages (URL-encoded), and the default for every route.
    static let form = 256 * 1024
    /// JSON bodies of the API.
    static let json = 256 * 1024
}
