"""Search stage (Elasticsearch engine): the connection to the cluster.

`EngineConnection` opens the official `elasticsearch` client on the URL(s)
(several nodes: comma-separated) with the credentials (an API key, or a
user name and password) and CA certificates from the settings, and checks,
on first use, that the cluster answers and is not red. The first call is
the cluster health, not `GET /`, which a node without the rest-root module
does not serve. Clusters of OpenSearch (Elasticsearch's open-source fork)
answer the same REST API but fail the official client's product check; for
them the same calls go through the `opensearch-py` client, which has the
same method names and bulk helper. Everything above this module speaks only
`EngineConnection`.

Every failure of the cluster (unreachable, timed out, red, a request
refused) is raised as `SearchError` with a message a person can act on.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from search_app.search.contract import SearchError

log = logging.getLogger(__name__)

REQUEST_TIMEOUT_S = 30
MAX_RETRIES = 3
# Statuses the client retries on another node (or the same one) by itself;
# 429 is left to the bulk helper, which backs off between tries.
RETRY_ON_STATUS = (502, 503, 504)


@dataclass(frozen=True)
class ConnectionOptions:
    url: str
    api_key: str = ""
    username: str = ""
    password: str = ""
    ca_certs: str = ""
    request_timeout: float = REQUEST_TIMEOUT_S

    @property
    def hosts(self) -> list[str]:
        """The node URLs (es_url may list several, separated by commas)."""
        return [u.strip() for u in self.url.split(",") if u.strip()]

    @classmethod
    def from_settings(cls, settings) -> ConnectionOptions:
        return cls(
            url=settings.es_url,
            api_key=settings.es_api_key,
            username=settings.es_username,
            password=settings.es_password,
            ca_certs=settings.es_ca_certs,
        )


class EngineConnection:
    """A lazily opened client for an Elasticsearch (or OpenSearch) cluster."""

    def __init__(self, options: ConnectionOptions) -> None:
        self.options = options
        self.product = ""  # "elasticsearch" or "opensearch" once connected
        self.server_version = ""
        self._client: Any = None
        self._helpers: Any = None
        self._errors: tuple[type[BaseException], ...] = ()
        self._not_found: tuple[type[BaseException], ...] = ()
        self._lock = threading.Lock()

    # ------------------------------------------------------------ opening

    @property
    def client(self) -> Any:
        """The connected client (opened and checked on first use)."""
        if self._client is None:
            with self._lock:
                if self._client is None:
                    self._open()
        return self._client

    def _open(self) -> None:
        import elastic_transport
        import elasticsearch
        from elasticsearch import helpers

        opts = self.options
        kwargs: dict[str, Any] = dict(
            request_timeout=opts.request_timeout,
            max_retries=MAX_RETRIES,
            retry_on_timeout=True,
            retry_on_status=RETRY_ON_STATUS,
        )
        if opts.api_key:
            kwargs["api_key"] = opts.api_key
        elif opts.username:
            kwargs["basic_auth"] = (opts.username, opts.password)
        if opts.ca_certs:
            kwargs["ca_certs"] = opts.ca_certs
        try:
            client = elasticsearch.Elasticsearch(opts.hosts, **kwargs)
        except ValueError as exc:
            raise SearchError(f"the Elasticsearch URL {opts.url!r} is not usable: {exc}") from exc
        errors = (elastic_transport.TransportError, elasticsearch.ApiError)
        try:
            health = client.cluster.health().body  # the client checks the product on every answer
            self._adopt(client, helpers, errors, (elasticsearch.NotFoundError,), "elasticsearch")
        except elasticsearch.UnsupportedProductError:
            client.close()
            health = self._open_opensearch()
        except errors as exc:
            raise SearchError(_describe(exc, opts.url)) from exc
        self._check_health(health)
        self.server_version = self._node_version()
        log.info("connected to %s %s at %s", self.product, self.server_version, opts.url)

    def _open_opensearch(self) -> dict:
        """Open the opensearch-py client on a cluster that is not
        Elasticsearch; it must say it is OpenSearch. Returns its health."""
        opts = self.options
        try:
            import opensearchpy
            from opensearchpy import helpers
        except ImportError as exc:
            raise SearchError(
                f"the server at {opts.url} is not Elasticsearch; if it is OpenSearch, "
                "install the opensearch-py package to use it"
            ) from exc
        kwargs: dict[str, Any] = dict(
            timeout=opts.request_timeout,
            max_retries=MAX_RETRIES,
            retry_on_timeout=True,
            retry_on_status=RETRY_ON_STATUS,
        )
        if opts.api_key:
            kwargs["headers"] = {"authorization": f"ApiKey {opts.api_key}"}
        elif opts.username:
            kwargs["http_auth"] = (opts.username, opts.password)
        if opts.ca_certs:
            kwargs["ca_certs"] = opts.ca_certs
            kwargs["verify_certs"] = True
        client = opensearchpy.OpenSearch(opts.hosts, **kwargs)
        errors = (opensearchpy.TransportError, opensearchpy.ImproperlyConfigured)
        try:
            info = client.info()  # OpenSearch serves GET / in its core
        except errors as exc:
            client.close()
            raise SearchError(f"the server at {opts.url} is not Elasticsearch: {_describe(exc, opts.url)}") from exc
        if info.get("version", {}).get("distribution") != "opensearch":
            client.close()
            raise SearchError(f"the server at {opts.url} is neither Elasticsearch nor OpenSearch")
        self._adopt(client, helpers, errors, (opensearchpy.NotFoundError,), "opensearch")
        return self.call(lambda c: c.cluster.health(), "read the cluster health")

    def _adopt(self, client, helpers, errors, not_found, product: str) -> None:
        self._client = client
        self._helpers = helpers
        self._errors = errors
        self._not_found = not_found
        self.product = product

    def _node_version(self) -> str:
        """The version of the node answering (from the nodes API, not `GET /`;
        '' when the credentials may not read it)."""
        try:
            nodes = self.call(
                lambda c: c.nodes.info(node_id="_local", metric="_none", filter_path="nodes.*.version"),
                "read the node version",
            )
        except SearchError as exc:
            log.info("the node version is unknown: %s", exc)
            return ""
        versions = [str(n.get("version", "")) for n in (nodes.get("nodes") or {}).values()]
        return versions[0] if versions else ""

    def _check_health(self, health: dict) -> None:
        if health.get("status") == "red":
            raise SearchError(
                f"the search cluster at {self.options.url} is red (some data is unavailable); "
                "check its nodes and try again"
            )

    # ------------------------------------------------------------ calls

    def call(self, request: Callable[[Any], Any], what: str, missing: Any = SearchError) -> Any:
        """Run `request(client)`; a missing index gives `missing` when one is
        given, every other failure a SearchError saying what was attempted."""
        client = self.client
        try:
            response = request(client)
        except self._not_found as exc:
            if missing is not SearchError:
                return missing
            raise SearchError(f"could not {what}: {_describe(exc, self.options.url)}") from exc
        except self._errors as exc:
            raise SearchError(f"could not {what}: {_describe(exc, self.options.url)}") from exc
        return getattr(response, "body", response)

    def streaming_bulk(self, actions: Iterable[dict], **options) -> Iterator[tuple[bool, dict]]:
        """The client library's streaming bulk helper (bounded chunks, 429 backoff)."""
        client = self.client
        try:
            yield from self._helpers.streaming_bulk(client, actions, **options)
        except self._errors as exc:
            raise SearchError(f"could not index lessons: {_describe(exc, self.options.url)}") from exc

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
            self._client = None


def _describe(exc: BaseException, url: str) -> str:
    """A one-line account of a client failure."""
    name = type(exc).__name__
    if "Tls" in name or "SSL" in name:
        return (
            f"the TLS certificate of the search cluster at {url} could not be verified; "
            f"give its CA certificate in LESSONS_ES_CA_CERTS ({exc})"
        )
    if "Connection" in name:
        return f"cannot reach the search cluster at {url} (is it running?)"
    if "Timeout" in name:
        return f"the search cluster at {url} did not answer in time"
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "meta", None), "status", None)
    if status in (401, 403):
        return f"the search cluster at {url} refused the credentials (HTTP {status})"
    reason = _reason(getattr(exc, "body", None) or getattr(exc, "info", None))
    return f"HTTP {status}: {reason}" if status else f"{name}: {exc}"


def _reason(body: Any) -> str:
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict):
            causes = error.get("root_cause") or []
            first = causes[0] if causes and isinstance(causes[0], dict) else error
            return f"{first.get('type', 'error')}: {first.get('reason', '')}".strip()
        return str(error)
    return str(body)
