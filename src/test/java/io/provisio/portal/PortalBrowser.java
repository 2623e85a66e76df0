package io.provisio.portal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driving the portal. It uses the system's browser and driver and a fresh
 * profile, so nothing is downloaded. Ids are PrimeFaces' stable client ids ({@code form:generate}).
 */
final class PortalBrowser implements AutoCloseable {

    private static final Path SHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    private final WebDriverWait wait;

    PortalBrowser(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        if (!new File("/usr/bin/chromedriver").canExecute() || !new File("/usr/bin/chromium").canExecute()) {
            throw new IllegalStateException("The portal's browser tests drive Debian's headless Chromium: "
                    + "install it with 'apt-get install chromium chromium-driver' (see README.md)");
        }
        try {
            profile = Files.createTempDirectory("provisio-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Forgets the session, so the next page starts logged out. */
    void reset() {
        driver.get(base + "/portal/login.xhtml");
        driver.manage().deleteAllCookies();
    }

    /** Drops the session cookie, as a session that timed out would. */
    void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    void awaitUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    void open(String path) {
        driver.get(base + path);
    }

    /**
     * Logs in and waits for the answer: the page the login leads to, or the login page with its
     * message. Without the wait, the next navigation can overtake the login and land, without a
     * session, back on the login page.
     */
    void login(String user, String password) {
        open("/portal/login.xhtml");
        submitLogin(user, password);
        wait.until(d -> !d.getCurrentUrl().contains("/login.xhtml") || hasText("login:messages"));
    }

    private boolean hasText(String id) {
        return driver.findElements(By.id(id)).stream().anyMatch(e -> !e.getText().isBlank());
    }

    void submitLogin(String user, String password) {
        type("login:username", user);
        type("login:password", password);
        click("login:submit");
    }

    void type(String id, String text) {
        WebElement input = visible(id);
        input.clear();
        input.sendKeys(text);
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** Scrolls the element to the top of the window, so a screenshot shows it. */
    void scrollTo(String id) {
        driver.executeScript("arguments[0].scrollIntoView();", visible(id));
    }

    /** Clicks the first element the CSS selector finds, e.g. a paginator's next-page link. */
    void clickCss(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    void clickLink(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(text))).click();
    }

    /** Follows the menu bar, e.g. Admin, Identity, User Provisioning. */
    void clickMenu(String... labels) {
        for (String label : labels) {
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//*[@id='menu:menubar']//a[.//span[normalize-space()='" + label + "']]"))).click();
        }
    }

    /** Chooses an entry of a p:selectOneMenu by its label. */
    void choose(String menuId, String label) {
        click(menuId);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='" + menuId + "_panel']//li[normalize-space()='" + label + "']"))).click();
        closeOverlay(menuId); // its closing overlay would swallow the next click
    }

    /**
     * Chooses an entry of a p:selectOneMenu through its widget. For filters, where the menu's
     * sliding overlay made clicks race with the next one on a loaded machine.
     */
    void chooseValue(String menuId, String value) {
        driver.executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
        wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), value));
    }

    /** Types into a p:datePicker and closes its calendar, which would cover the form. */
    void typeDate(String pickerId, String date) {
        type(pickerId + "_input", date);
        visible(pickerId + "_input").sendKeys(Keys.ESCAPE);
        closeOverlay(pickerId);
    }

    /**
     * Closes a widget's overlay panel and waits until it is gone. The panel's closing animation
     * can lag far behind on a loaded machine, so the widget is told to hide it, and the panel is
     * hidden outright if it still shows: what the test checks is the form, not the animation.
     */
    void closeOverlay(String widgetId) {
        driver.executeScript("var w = window.PrimeFaces && PrimeFaces.getWidgetById(arguments[0]);"
                + "if (w && w.hide) { try { w.hide(); } catch (e) {} }"
                + "var p = document.getElementById(arguments[0] + '_panel');"
                + "if (p) { p.style.display = 'none'; }", widgetId);
        awaitGone(widgetId + "_panel");
    }

    /** Waits until no PrimeFaces ajax request is queued or running. */
    void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
    }

    void awaitExactText(String id, String text) {
        wait.until(ExpectedConditions.textToBe(By.id(id), text));
    }

    WebElement visible(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /**
     * The element's text once it shows. Found again if the page is replaced between finding the
     * element and reading it (a redirect's target can still be loading when its URL already shows).
     */
    String text(String id) {
        return wait.until(d -> {
            WebElement element = d.findElement(By.id(id));
            return element.isDisplayed() ? element.getText().trim() : null;
        });
    }

    /** Waits until the element's text contains the fragment, and answers the whole text. */
    String awaitText(String id, String fragment) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), fragment));
        return text(id);
    }

    void awaitAttribute(String id, String attribute, String value) {
        wait.until(ExpectedConditions.attributeToBe(By.id(id), attribute, value));
    }

    void awaitGone(String id) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
    }

    boolean isPresent(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    Object script(String js) {
        return driver.executeScript(js);
    }

    /** The session cookie, for fetching what a browser would download (the CSV export). */
    String sessionCookie() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getName() + "=" + cookie.getValue();
    }

    /**
     * Saves the page under target/screenshots (the README's pictures are copied from there by hand,
     * so a test run never changes tracked files). A shown token secret is cut short first:
     * screenshots get committed, secrets never do.
     */
    void screenshot(String name) {
        driver.executeScript("var s = document.getElementById('secret');"
                + "if (s) { s.textContent = s.textContent.substring(0, 8) + '… (hidden in screenshots)'; }");
        try {
            Files.createDirectories(SHOTS);
            Path shot = SHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temp profile left behind is harmless
        }
    }
}
