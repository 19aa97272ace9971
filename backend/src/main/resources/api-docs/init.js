// Renders the contract served by this instance. A separate file (not an inline script) so the page works under the
// application's Content-Security-Policy (script-src 'self').
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/api/v1/openapi.yaml',
    dom_id: '#swagger-ui',
    deepLinking: true,
    // Shows each operation's x-required-scope (the scope an API token needs).
    showExtensions: true,
    // No calls to the public validator service: nothing leaves this instance.
    validatorUrl: null,
    persistAuthorization: false
  });
});
