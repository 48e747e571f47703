// @ts-check
// The Sourced report webview. Protocol: src/extension/reportProtocol.ts.
// Corpus and draft text is untrusted: every string goes into the DOM with textContent, never innerHTML.
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  /** @type {{ model?: any, filter?: string[] }} */
  let state = vscode.getState() || {};
  /** Kinds currently shown (empty = all). */
  let filter = new Set(state.filter || []);

  /** @param {string} tag @param {string} [cls] @param {string} [text] */
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function save() {
    state = { model: state.model, filter: [...filter] };
    vscode.setState(state);
  }

  /** Text with the highlighted part in <mark>, built from text nodes. */
  function passage(text, highlight) {
    const q = el("blockquote", "passage");
    if (highlight && highlight.start >= 0 && highlight.end <= text.length && highlight.start < highlight.end) {
      q.append(document.createTextNode(text.slice(0, highlight.start)), el("mark", undefined, text.slice(highlight.start, highlight.end)), document.createTextNode(text.slice(highlight.end)));
    } else {
      q.textContent = text;
    }
    return q;
  }

  function render() {
    const model = state.model;
    const meta = document.getElementById("meta");
    const counts = document.getElementById("counts");
    const rows = document.getElementById("rows");
    if (!meta || !counts || !rows) return;
    if (!model) {
      meta.textContent = "No report yet: run Sourced: Verify Citations.";
      return;
    }
    meta.textContent = `${model.scope === "workspace" ? "Workspace" : "Document"} · ${model.documents} document(s) · ${model.claims} claim(s) · ${model.problems} problem(s) · ${new Date(model.generatedAt).toLocaleString()}`;

    counts.replaceChildren();
    for (const [kind, n] of Object.entries(model.counts)) {
      if (!n) continue;
      const b = el("button", `count kind-${kind}${filter.has(kind) ? " active" : ""}`, `${kind}: ${n}`);
      b.type = "button";
      b.setAttribute("aria-pressed", String(filter.has(kind)));
      b.addEventListener("click", () => {
        if (filter.has(kind)) filter.delete(kind);
        else filter.add(kind);
        save();
        render();
      });
      counts.append(b);
    }

    rows.replaceChildren();
    let label = "";
    for (const row of model.rows) {
      if (filter.size && !row.findings.some((f) => filter.has(f.kind))) continue;
      if (row.label !== label) {
        label = row.label;
        rows.append(el("h2", "doc", label));
      }
      const card = el("section", `row verdict-${row.verdict}`);
      const head = el("div", "row-head");
      head.append(el("span", `badge kind-${row.verdict}`, row.verdict));
      const link = el("a", "claim", row.claim);
      link.setAttribute("href", "#");
      link.title = `Go to line ${row.range.start.line + 1}`;
      link.addEventListener("click", (ev) => {
        ev.preventDefault();
        vscode.postMessage({ type: "reveal", uri: row.uri, range: row.range });
      });
      head.append(link);
      card.append(head);
      const list = el("ul", "findings");
      for (const f of row.findings) {
        const li = el("li", `finding kind-${f.kind}`);
        li.append(el("strong", undefined, `${f.kind}: `), document.createTextNode(f.message));
        if (f.suggestion !== undefined) li.append(el("span", "suggestion", ` → ${f.suggestion}`));
        list.append(li);
      }
      card.append(list);
      for (const e of row.evidence) {
        const ev = el("div", "evidence");
        ev.append(el("div", "source", `${e.title || e.source} (@${e.source})`), passage(e.text, e.highlight));
        card.append(ev);
      }
      rows.append(card);
    }
    if (!rows.children.length) rows.append(el("p", "empty", model.rows.length ? "No claim matches the filter." : "No claims with findings."));
  }

  window.addEventListener("message", (event) => {
    const m = event.data;
    if (m && m.type === "model") {
      state.model = m.model;
      save();
      render();
    }
  });
  document.getElementById("export-md")?.addEventListener("click", () => vscode.postMessage({ type: "export", format: "markdown" }));
  document.getElementById("export-json")?.addEventListener("click", () => vscode.postMessage({ type: "export", format: "json" }));
  render();
  vscode.postMessage({ type: "ready" });
})();
