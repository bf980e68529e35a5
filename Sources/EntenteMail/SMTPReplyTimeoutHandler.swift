import NIOCore

/// Turns the read-idle event of an `IdleStateHandler` into an error, so that a server that stops
/// answering fails the step waiting for its reply instead of hanging the sender.
final class SMTPReplyTimeoutHandler: ChannelInboundHandler {
    typealias InboundIn = String

    struct ReplyTimeout: Error {}

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .read? = event as? IdleStateHandler.IdleStateEvent {
            context.fireErrorCaught(ReplyTimeout())
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}
