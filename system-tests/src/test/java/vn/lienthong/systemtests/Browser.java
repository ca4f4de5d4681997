package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) at 1366×768, as
 * a person at a commune office would have it, with what every page must pass: no serious or
 * critical accessibility violation (axe-core, injected into the page), and under 150 KB sent.
 * Each page's screenshot is written under target/screenshots.
 */
final class Browser implements AutoCloseable {

    /** What a page may weigh, everything it loads included (the KPI page's chart library aside). */
    static final long PAGE_BUDGET_BYTES = 150 * 1024;
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final String axe;
    private final List<String> checked = new ArrayList<>();

    Browser() {
        String chromium = System.getProperty("lienthong.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("lienthong.chromedriver", "/usr/bin/chromedriver");
        assertThat(Path.of(chromium)).as("Chromium (apt-get install chromium; .ci/run installs it)").exists();
        assertThat(Path.of(chromedriver)).as("ChromeDriver (apt-get install chromium-driver)").exists();
        try {
            profile = Files.createTempDirectory("console-chromium-");
            axe = Files.readString(Path.of(System.getProperty("lienthong.axe-core",
                    "target/axe-core/package/axe.min.js")), StandardCharsets.UTF_8);
            screenshots = Path.of(System.getProperty("lienthong.screenshots", "target/screenshots"));
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(chromium);
        // Flags for a root user on a CI machine: no sandbox, no GPU, no /dev/shm, nothing phoning out.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,768", "--lang=vi", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(chromedriver).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return until(d -> d.findElement(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    boolean present(String css) {
        return !all(css).isEmpty();
    }

    String text(String css) {
        return find(css).getText();
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        find(css).click();
    }

    <T> T until(Function<WebDriver, T> condition) {
        return until(WAIT, condition);
    }

    /** Waits for {@code condition}, through the moments an element is missing or being replaced by htmx. */
    <T> T until(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Signs in on the identity provider's own page, as a person does. */
    void signIn(String consoleUrl, String username, String password) {
        open(consoleUrl + "/");
        type("#username", username);
        type("#password", password);
        click("button[type=submit]");
        until(d -> d.getCurrentUrl().startsWith(consoleUrl) && !d.findElements(By.id("signed-in")).isEmpty());
    }

    void signOut() {
        click("form[action$='/logout'] button");
        until(d -> !d.findElements(By.id("username")).isEmpty() || d.getCurrentUrl().contains("logout"));
        driver.manage().deleteAllCookies();
    }

    /**
     * The checks every page passes, and its screenshot: axe-core finds no serious or critical
     * violation, and the page with all it loaded weighs under the budget.
     */
    void check(String name) {
        screenshot(name);
        // Run as the driver's own script, which the page's Content-Security-Policy does not govern.
        if (!Boolean.TRUE.equals(script("return !!window.axe;"))) {
            script(axe);
        }
        @SuppressWarnings("unchecked")
        var violations = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                    .map(function (v) { return {id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.map(function (n) { return n.target.join(' '); }).slice(0, 5)}; }));
                }).catch(function (e) { done([{id: 'axe-error', help: String(e)}]); });
                """);
        assertThat(violations).as("serious or critical accessibility violations on %s", name).isEmpty();
        long bytes = ((Number) script("""
                var nav = performance.getEntriesByType('navigation')[0];
                var total = nav ? (nav.transferSize || nav.encodedBodySize) : 0;
                performance.getEntriesByType('resource').forEach(function (r) {
                  if (r.name.indexOf('/webjars/echarts/') < 0) { total += (r.transferSize || r.encodedBodySize || 0); }
                });
                return total;""")).longValue();
        assertThat(bytes).as("bytes of %s", name).isLessThan(PAGE_BUDGET_BYTES);
        checked.add(name + " (" + bytes / 1024 + " KB)");
    }

    void screenshot(String name) {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        try {
            Files.write(screenshots.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages checked so far, with their weight. */
    List<String> checked() {
        return List.copyOf(checked);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }

}
