/* Vem lovar vad? – a ResizeObserver for browsers that have none (Safari before 13.1).
   The theme's bundle would fetch a polyfill from unpkg.com in such a browser; the site loads
   nothing from other hosts, so this script is loaded before the bundle and stands in.
   It does what the theme asks of it: it reports an observed element, as the entry's `target`,
   whenever its size may have changed – first when observed, then after a window resize, a
   change to the page's DOM, a transition or animation, the page's load or its fonts' loading.
   Sizes are compared at most once a frame. Nothing happens in a browser with ResizeObserver. */
(function () {
  "use strict";
  if (typeof window.ResizeObserver !== "undefined") return;

  var active = [];          // observers with at least one target
  var scheduled = false;

  function contentRect(element) {
    var style = window.getComputedStyle(element);
    var width = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    var height = element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    width = Math.max(0, width || 0);
    height = Math.max(0, height || 0);
    return { x: 0, y: 0, top: 0, left: 0, width: width, height: height, right: width, bottom: height };
  }

  function checkAll() {
    scheduled = false;
    active.slice().forEach(function (observer) { observer._check(); });
  }

  function schedule() {
    if (scheduled || active.length === 0) return;
    scheduled = true;
    (window.requestAnimationFrame || window.setTimeout)(checkAll);
  }

  function ResizeObserver(callback) {
    if (typeof callback !== "function") throw new TypeError("ResizeObserver needs a callback");
    this._callback = callback;
    this._targets = [];     // {element, width, height}: the size last reported, -1 before the first
  }

  ResizeObserver.prototype.observe = function (element) {
    for (var i = 0; i < this._targets.length; i++) if (this._targets[i].element === element) return;
    this._targets.push({ element: element, width: -1, height: -1 });
    if (active.indexOf(this) < 0) active.push(this);
    schedule();
  };

  ResizeObserver.prototype.unobserve = function (element) {
    this._targets = this._targets.filter(function (target) { return target.element !== element; });
    if (this._targets.length === 0) this.disconnect();
  };

  ResizeObserver.prototype.disconnect = function () {
    this._targets = [];
    var index = active.indexOf(this);
    if (index >= 0) active.splice(index, 1);
  };

  ResizeObserver.prototype._check = function () {
    var entries = [];
    this._targets.forEach(function (target) {
      var width = target.element.offsetWidth, height = target.element.offsetHeight;
      if (width === target.width && height === target.height) return;
      target.width = width;
      target.height = height;
      entries.push({ target: target.element, contentRect: contentRect(target.element) });
    });
    if (entries.length > 0) this._callback.call(this, entries, this);
  };

  window.ResizeObserver = ResizeObserver;

  ["resize", "orientationchange", "load"].forEach(function (name) {
    window.addEventListener(name, schedule);
  });
  ["transitionend", "animationend", "toggle"].forEach(function (name) {
    document.addEventListener(name, schedule, true);
  });
  if (window.MutationObserver) {
    new MutationObserver(schedule).observe(document.documentElement,
      { attributes: true, childList: true, characterData: true, subtree: true });
  }
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(schedule);
})();
