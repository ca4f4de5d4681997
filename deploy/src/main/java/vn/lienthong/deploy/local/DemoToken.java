package vn.lienthong.deploy.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code ./token.sh NAME}: prints an access token of the local run's identity provider, for curl.
 * NAME is a machine client ({@code national-portal}, {@code orchestrator-service},
 * {@code metrics-scraper}), got by the client-credentials grant, or a demo staff account
 * ({@code hotich.25450}, {@code vanhanh.075}, …), signed in on the sign-in page with the demo
 * password. Secrets are read from the run's directory ({@code --directory}, default local-run).
 */
public final class DemoToken {

    private static final Map<String, String> CLIENT_SCOPES = Map.of(
            "national-portal", "dossiers.submit dossiers.read",
            "orchestrator-service", "population.assign population.read",
            "metrics-scraper", "metrics.read");

    private DemoToken() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ./token.sh NAME [--issuer=http://127.0.0.1:8085] [--directory=local-run]");
            System.exit(2);
        }
        String issuer = "http://127.0.0.1:" + Service.IDENTITY.localPort();
        Path directory = Path.of("local-run");
        for (String arg : args) {
            if (arg.startsWith("--issuer=")) {
                issuer = arg.substring(9);
            } else if (arg.startsWith("--directory=")) {
                directory = Path.of(arg.substring(12));
            }
        }
        if (!Files.exists(directory.resolve("secrets.properties"))) {
            System.err.println("no secrets in " + directory + ": start ./run-local.sh first");
            System.exit(1);
        }
        var identity = new IdentityClient(issuer, LocalSystem.consoleRedirectUriIn(directory), LocalSecrets.in(directory));
        String name = args[0];
        String scope = CLIENT_SCOPES.get(name);
        System.out.println(scope != null ? identity.client(name, scope).get() : identity.staff(name).get());
    }
}
