package vn.lienthong.orchestrator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OrchestratorApplication {

    public static void main(String[] args) {
        CommonPool.atLeastTwoWorkers();
        SpringApplication.run(OrchestratorApplication.class, args);
    }
}
