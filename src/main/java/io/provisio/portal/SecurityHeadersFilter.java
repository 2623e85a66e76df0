package io.provisio.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser protections for every portal response. Scripts: PrimeFaces runs in its CSP mode
 * ({@code primefaces.CSP} in web.xml) and sends its own header, {@code script-src 'self'
 * 'nonce-…'}, with a fresh nonce per response. A browser enforces every CSP header it gets, so
 * the effective script policy is that nonce policy; this header must let inline scripts through
 * ('unsafe-inline', which browsers ignore wherever a nonce applies) and restricts everything
 * else. Portal pages are private and one shows a token's secret, so nothing is cached.
 */
@WebFilter(urlPatterns = "/portal/*")
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        chain.doFilter(request, response);
    }
}
