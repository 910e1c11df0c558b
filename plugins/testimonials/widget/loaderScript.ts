/**
 * The script embed (`…/testimonials/widget.js`): plain browser JavaScript, no framework, 1.8 KB. It finds the
 * page's `<div data-testimonials="<site>">` elements (an empty value takes any), asks `…/widget?format=json`
 * with the element's `data-lang`, `data-limit`, `data-theme` and `data-layout` (CORS, no credentials), and puts
 * the server-rendered (escaped) markup into the element's shadow root, so the page's CSS and the widget's do not
 * touch each other. The styles go in as a constructed stylesheet where the browser has them, which a host page's
 * CSP does not block; older browsers get a <style> element. The address comes from the script's own `src`.
 */
export const LOADER_SCRIPT = `(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var endpoint = script.src.split(/[?#]/)[0].replace(/\\.js$/, "");
  var match = /\\/sites\\/([^/]+)\\/testimonials\\/widget$/.exec(endpoint);
  if (!match) return;
  var site = decodeURIComponent(match[1]).toLowerCase();
  var OPTIONS = ["lang", "limit", "theme", "layout"];

  function show(element, data) {
    var root = element.shadowRoot || element.attachShadow({ mode: "open" });
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(data.css);
      root.adoptedStyleSheets = [sheet];
      root.innerHTML = data.html;
    } catch (error) {
      root.innerHTML = "<style>" + data.css + "</style>" + data.html;
    }
  }

  function mount(element) {
    if (element.__testimonialsWidget) return;
    element.__testimonialsWidget = true;
    var query = ["format=json"];
    for (var i = 0; i < OPTIONS.length; i++) {
      var value = element.getAttribute("data-" + OPTIONS[i]);
      if (value) query.push(OPTIONS[i] + "=" + encodeURIComponent(value));
    }
    fetch(endpoint + "?" + query.join("&"), { credentials: "omit", mode: "cors" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data && typeof data.html === "string" && typeof data.css === "string") show(element, data); })
      ["catch"](function () {});
  }

  function start() {
    var elements = document.querySelectorAll("[data-testimonials]");
    for (var i = 0; i < elements.length; i++) {
      var wanted = (elements[i].getAttribute("data-testimonials") || "").toLowerCase();
      if (!wanted || wanted === site) mount(elements[i]);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
`
