package vn.lienthong.console.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param orchestratorUrl the orchestrator's API
 * @param pollInterval    how often an open worklist, dossier or job asks for changes
 */
@ConfigurationProperties("lienthong.console")
public record ConsoleProperties(@DefaultValue("http://127.0.0.1:8080") URI orchestratorUrl,
                                @DefaultValue("3s") Duration pollInterval) {
}
