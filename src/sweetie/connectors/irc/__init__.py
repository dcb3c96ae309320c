"""The IRC connector: RFC 1459/2812 messages with IRCv3 tags on asyncio streams."""

from sweetie.connectors.irc.backoff import Backoff
from sweetie.connectors.irc.connection import (
    IrcConnection,
    NotConnected,
    SendRefused,
    split_text,
    tls_context,
)
from sweetie.connectors.irc.flood import TokenBucket
from sweetie.connectors.irc.ids import EventIds
from sweetie.connectors.irc.message import (
    CtcpMessage,
    Message,
    MessageError,
    Prefix,
    casefold,
    parse_ctcp,
    parse_message,
)
from sweetie.connectors.irc.network import IrcNetworkConnector
from sweetie.connectors.irc.settings import IrcAccount, IrcNetwork

__all__ = [
    "Backoff",
    "CtcpMessage",
    "EventIds",
    "IrcAccount",
    "IrcConnection",
    "IrcNetwork",
    "IrcNetworkConnector",
    "Message",
    "MessageError",
    "NotConnected",
    "Prefix",
    "SendRefused",
    "TokenBucket",
    "casefold",
    "parse_ctcp",
    "parse_message",
    "split_text",
    "tls_context",
]
