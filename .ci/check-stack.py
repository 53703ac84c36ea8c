"""The distributed stack's rules beyond valid Compose (run by .ci/check-compose, which gives the resolved configuration).

- start order: every depends_on waits for service_healthy; the proxy waits for every service it sends requests to;
- one address: only the proxy publishes a port beyond the loopback interface;
- single sign-on: the sides and the pages trust Keycloak's realm in jwt mode with the same issuer, key set, audience and
  roles claim; the pages' client registration matches the realm's client;
- Keycloak's realm file: valid JSON, realm "klachten", every role the service knows (platform Roles.ALL), one user per
  staff role, no secret written in it (placeholders only, each given in Keycloak's environment);
- the proxy: Caddy validates its Caddyfile, and run in front of stub services it sends every endpoint the command
  side's and the query side's controllers map, and the pages, sign-in and Keycloak's paths, to the right service.
"""
import http.server
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

import yaml

resolved = yaml.safe_load(open(sys.argv[1]))
compose_file, env_file = sys.argv[2], sys.argv[3]
repo = os.getcwd()
services = resolved.get("services") or {}
errors = []

REALM = "klachten"
ROUTED = {"web": 8083, "command-side": 8081, "query-side": 8082, "keycloak": 8080}


def env(service):
    values = services.get(service, {}).get("environment") or {}
    if isinstance(values, list):
        values = dict(v.split("=", 1) for v in values)
    return {k: "" if v is None else str(v) for k, v in values.items()}


def mounted(service, target):
    """The repository file bind-mounted at target in service, or None."""
    for volume in services.get(service, {}).get("volumes") or []:
        if isinstance(volume, str):
            parts = volume.split(":")
            source, inside = parts[0], parts[1] if len(parts) > 1 else ""
        else:
            source, inside = volume.get("source", ""), volume.get("target", "")
        if inside == target:
            return source
    return None


for name in ["web", "command-side", "query-side", "keycloak", "proxy"]:
    if name not in services:
        errors.append(f"no service {name}")

# start order
for name, service in sorted(services.items()):
    depends = service.get("depends_on") or {}
    if isinstance(depends, list):
        errors.append(f"{name}: depends_on without conditions; each must wait for service_healthy")
        continue
    for other, rule in depends.items():
        if (rule or {}).get("condition") != "service_healthy":
            errors.append(f"{name}: depends_on {other} without condition service_healthy")
proxy_needs = set(ROUTED)
missing = proxy_needs - set((services.get("proxy", {}).get("depends_on") or {}))
if missing:
    errors.append(f"proxy: does not wait for {', '.join(sorted(missing))}, where it sends requests")

# one address
for name, service in sorted(services.items()):
    for port in service.get("ports") or []:
        text = port if isinstance(port, str) else f"{port.get('host_ip', '')}:{port.get('published')}"
        if name != "proxy" and not str(text).startswith("127.0.0.1:"):
            errors.append(f"{name}: publishes {text} beyond the loopback interface; people use the proxy")

# single sign-on settings
keycloak = env("keycloak")
public = keycloak.get("KC_HOSTNAME", "").rstrip("/")
relative = keycloak.get("KC_HTTP_RELATIVE_PATH", "").rstrip("/")
if not public.endswith(relative) or not relative:
    errors.append(f"keycloak: KC_HOSTNAME {public} should end with KC_HTTP_RELATIVE_PATH {relative}")
issuer = f"{public}/realms/{REALM}"
inside = f"http://keycloak:8080{relative}/realms/{REALM}/protocol/openid-connect"
if "--import-realm" not in (services.get("keycloak", {}).get("command") or []):
    errors.append("keycloak: not started with --import-realm")
for name in ["web", "command-side", "query-side"]:
    e = env(name)
    expected = {
        "SECURITY_MODE": "jwt",
        "JWT_ISSUER_URI": issuer,
        "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI": f"{inside}/certs",
        "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES": "klachten-api",
        "KLACHTEN_SECURITY_JWT_ROLESCLAIM": "realm_access.roles",
    }
    for key, value in expected.items():
        if e.get(key) != value:
            errors.append(f"{name}: {key} is {e.get(key)!r}, expected {value!r}")
    if "keycloak" not in (services.get(name, {}).get("depends_on") or {}):
        errors.append(f"{name}: does not wait for keycloak")
web = env("web")
registration = "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_"
provider = "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KEYCLOAK_"
for key, value in {
    registration + "AUTHORIZATIONGRANTTYPE": "authorization_code",
    provider + "AUTHORIZATIONURI": f"{issuer}/protocol/openid-connect/auth",
    provider + "TOKENURI": f"{inside}/token",
    provider + "JWKSETURI": f"{inside}/certs",
    "OIDC_END_SESSION_URI": f"{issuer}/protocol/openid-connect/logout",
}.items():
    if web.get(key) != value:
        errors.append(f"web: {key} is {web.get(key)!r}, expected {value!r}")
if "openid" not in web.get(registration + "SCOPE", "").split(","):
    errors.append("web: the client registration's scope lacks openid")
klachten_url = keycloak.get("KLACHTEN_URL", "")
if not public.startswith(klachten_url) or not klachten_url:
    errors.append(f"keycloak: KC_HOSTNAME {public} is not under KLACHTEN_URL {klachten_url}")

# the realm file
roles_java = open(os.path.join(repo, "platform/src/main/java/uk/co/welzo/klachten/platform/security/Roles.java")).read()
all_roles = re.search(r"ALL = List\.of\(([^)]*)\)", roles_java).group(1)
known = [re.search(rf'String {name.strip()} = "([A-Z_]+)"', roles_java).group(1)
         for name in all_roles.split(",") if name.strip()]
realm_path = None
for volume in services.get("keycloak", {}).get("volumes") or []:
    target = volume.split(":")[1] if isinstance(volume, str) else volume.get("target", "")
    if target.startswith("/opt/keycloak/data/import/") and target.endswith(".json"):
        realm_path = volume.split(":")[0] if isinstance(volume, str) else volume.get("source")
if realm_path is None:
    errors.append("keycloak: no realm file mounted under /opt/keycloak/data/import/")
elif not os.path.isfile(realm_path):
    errors.append(f"keycloak: realm file {realm_path} does not exist")
else:
    text = open(realm_path).read()
    try:
        realm = json.loads(text)
    except ValueError as invalid:
        errors.append(f"{realm_path}: not valid JSON: {invalid}")
        realm = {}
    if realm and realm.get("realm") != REALM:
        errors.append(f"{realm_path}: realm is {realm.get('realm')!r}, expected {REALM!r}")
    defined = {r.get("name") for r in (realm.get("roles") or {}).get("realm") or []}
    for role in known:
        if role not in defined:
            errors.append(f"{realm_path}: realm role {role} (platform Roles.ALL) missing")
    users = realm.get("users") or []
    for role in known:
        if not any(role in (u.get("realmRoles") or []) for u in users):
            errors.append(f"{realm_path}: no user to try role {role} with")
    for user in users:
        for credential in user.get("credentials") or []:
            if not re.fullmatch(r"\$\{[A-Z0-9_]+\}", str(credential.get("value", ""))):
                errors.append(f"{realm_path}: user {user.get('username')}'s password is written in the file; "
                              "use a ${PLACEHOLDER} from Keycloak's environment")
    clients = {c.get("clientId"): c for c in realm.get("clients") or []}
    for client in clients.values():
        if "secret" in client and not re.fullmatch(r"\$\{[A-Z0-9_]+\}", str(client["secret"])):
            errors.append(f"{realm_path}: client {client.get('clientId')}'s secret is written in the file")
    for placeholder in sorted(set(re.findall(r"\$\{([A-Za-z0-9_.]+)\}", text))):
        if not keycloak.get(placeholder):
            errors.append(f"{realm_path}: ${{{placeholder}}} has no value in keycloak's environment")
    page_client = clients.get(web.get(registration + "CLIENTID"))
    if page_client is None:
        errors.append(f"{realm_path}: no client {web.get(registration + 'CLIENTID')!r}, the pages' client id")
    else:
        if page_client.get("publicClient") or not page_client.get("standardFlowEnabled"):
            errors.append(f"{realm_path}: the pages' client must be confidential with the standard flow")
        redirect = "${KLACHTEN_URL}/login/oauth2/code/keycloak"
        if redirect not in (page_client.get("redirectUris") or []):
            errors.append(f"{realm_path}: the pages' client does not allow the redirect {redirect}")
        mappers = page_client.get("protocolMappers") or []
        if not any(m.get("protocolMapper") == "oidc-usermodel-realm-role-mapper"
                   and m["config"].get("claim.name") == "realm_access.roles"
                   and m["config"].get("id.token.claim") == "true" for m in mappers):
            errors.append(f"{realm_path}: the pages' client puts no realm roles in the ID token (realm_access.roles)")
    if "klachten-api" not in clients:
        errors.append(f"{realm_path}: no client klachten-api, the API's audience")
    for client in clients.values():
        if client.get("directAccessGrantsEnabled") and not any(
                m.get("protocolMapper") == "oidc-audience-mapper"
                and m["config"].get("included.client.audience") == "klachten-api"
                for m in client.get("protocolMappers") or []):
            errors.append(f"{realm_path}: client {client.get('clientId')} gets tokens the API would refuse "
                          "(no klachten-api audience)")

# every mandatory variable has a value in the example env file
example = {line.split("=", 1)[0] for line in open(env_file) if "=" in line and not line.startswith("#")}
for variable in sorted(set(re.findall(r"\$\{([A-Z0-9_]+):\?", open(compose_file).read()))):
    if variable not in example:
        errors.append(f"{env_file}: mandatory {variable} (docker-compose.yml) not listed")

# the proxy
caddyfile = mounted("proxy", "/etc/caddy/Caddyfile")
if caddyfile is None or not os.path.isfile(caddyfile):
    errors.append(f"proxy: Caddyfile {caddyfile} not mounted at /etc/caddy/Caddyfile or missing")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Stub(http.server.BaseHTTPRequestHandler):
    def answer(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = self.server.name.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = answer

    def log_message(self, *args):
        pass


def mappings(module):
    """(method, path) of every endpoint the module's controllers map, path variables filled in."""
    constants, found = {}, []
    sources = []
    for root, _, files in os.walk(os.path.join(repo, module, "src/main/java")):
        for f in files:
            if f.endswith(".java"):
                text = open(os.path.join(root, f)).read()
                sources.append(text)
                for name, value in re.findall(r'static final String (\w+) = "(/[^"]*)"', text):
                    constants[f[:-5] + "." + name] = value
                    constants[name] = value

    def value(argument, text):
        if argument is None:
            return ""
        literal = re.search(r'"([^"]*)"', argument)
        if literal:
            return literal.group(1)
        name = re.search(r"([\w.]+)", argument).group(1)
        if name not in constants:
            errors.append(f"{module}: cannot resolve mapping {argument}")
            return ""
        return constants[name]

    for text in sources:
        if "@RestController" not in text and "@Controller" not in text:
            continue
        declaration = re.search(r"^(?:public\s+)?(?:final\s+)?class\s+\w+", text, flags=re.M)
        head = re.search(r"@RequestMapping\(([^)]*)\)", text[:declaration.start()]) if declaration else None
        base = value(head.group(1), text) if head else ""
        for verb, argument in re.findall(r"@(Get|Post|Put|Patch|Delete)Mapping(?:\(([^)]*)\))?", text):
            path = argument
            if argument and "path" in argument:
                path = re.search(r"path\s*=\s*([^,]+)", argument).group(1)
            if argument and "value" in argument:
                path = re.search(r"value\s*=\s*([^,]+)", argument).group(1)
            if argument and "=" in argument and "path" not in argument and "value" not in argument:
                path = None  # only produces/consumes: the class's path
            full = base + value(path, text) if path else base
            found.append((verb.upper(), re.sub(r"\{[^}]+\}", "x1", full)))
    return found


if caddyfile and os.path.isfile(caddyfile) and shutil.which("caddy"):
    validated = subprocess.run(["caddy", "validate", "--config", caddyfile, "--adapter", "caddyfile"],
                               capture_output=True, text=True)
    if validated.returncode != 0:
        errors.append(f"proxy: caddy validate refuses {caddyfile}: {validated.stderr.strip()[-400:]}")
    else:
        ports, servers = {}, []
        for name in ROUTED:
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Stub)
            server.name = name
            ports[name] = server.server_address[1]
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers.append(server)
        listen = free_port()
        config = open(caddyfile).read()
        for name, port in ROUTED.items():
            config = re.sub(rf"reverse_proxy {re.escape(name)}:{port}\b", f"reverse_proxy 127.0.0.1:{ports[name]}", config)
        config = re.sub(r"^:80 \{", f":{listen} {{", config, flags=re.M)
        work = tempfile.mkdtemp()
        with open(os.path.join(work, "Caddyfile"), "w") as out:
            out.write(config)
        caddy = subprocess.Popen(["caddy", "run", "--config", os.path.join(work, "Caddyfile"), "--adapter", "caddyfile"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                 env=dict(os.environ, XDG_CONFIG_HOME=work, XDG_DATA_HOME=work, HOME=work))
        try:
            for _ in range(100):
                try:
                    socket.create_connection(("127.0.0.1", listen), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.1)

            def through_proxy(method, path):
                request = urllib.request.Request(f"http://127.0.0.1:{listen}{path}", method=method,
                                                 data=b"{}" if method in ("POST", "PUT", "PATCH") else None)
                try:
                    with urllib.request.urlopen(request, timeout=5) as answer:
                        return answer.status, answer.read().decode()
                except urllib.error.HTTPError as refused:
                    return refused.code, ""

            expected = [
                ("GET", "/", "web"), ("GET", "/complaint", "web"), ("POST", "/complaint", "web"),
                ("GET", "/console", "web"), ("POST", "/console/cases/c-1/note", "web"), ("GET", "/insights", "web"),
                ("GET", "/audit", "web"), ("GET", "/admin", "web"), ("GET", "/sign-in", "web"),
                ("POST", "/sign-out", "web"), ("GET", "/oauth2/authorization/keycloak", "web"),
                ("GET", "/login/oauth2/code/keycloak?code=c&state=s", "web"), ("GET", "/css/klachten.css", "web"),
                ("GET", "/auth/realms/klachten/.well-known/openid-configuration", "keycloak"),
                ("POST", "/auth/realms/klachten/protocol/openid-connect/token", "keycloak"),
                ("GET", "/auth/admin/", "keycloak"),
            ]
            expected += [(m, p, "command-side") for m, p in mappings("command-side")]
            expected += [(m, p, "query-side") for m, p in mappings("query-side")]
            if len([e for e in expected if e[2] == "command-side"]) < 10:
                errors.append("proxy check: found too few command-side endpoints to trust the mapping scan")
            for method, path, service in expected:
                status, body = through_proxy(method, path)
                if status != 200 or body != service:
                    errors.append(f"proxy: {method} {path} went to {body or status}, expected {service}")
            for path in ["/actuator/prometheus", "/actuator/health"]:
                status, body = through_proxy("GET", path)
                if status != 404:
                    errors.append(f"proxy: GET {path} answered {status} ({body}); the actuators stay inside")
            status, body = through_proxy("GET", "/proxy-health")
            if (status, body) != (200, "UP"):
                errors.append(f"proxy: /proxy-health answered {status} {body!r}, its healthcheck expects 200 UP")
            if not any(e.startswith("proxy:") for e in errors):
                print(f"check-stack: {len(expected) + 3} requests through the Caddyfile reached the right service")
        finally:
            caddy.terminate()
            caddy.wait(timeout=10)
            for server in servers:
                server.shutdown()
            shutil.rmtree(work, ignore_errors=True)
elif not shutil.which("caddy"):
    errors.append("caddy not installed: cannot check the proxy's routes")

for error in errors:
    print("check-stack: " + error, file=sys.stderr)
sys.exit(1 if errors else 0)
