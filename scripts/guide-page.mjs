// Renders the teacher's guide (docs/teaching.md) as a page of the web site, teaching.html beside
// index.html, so its relative links (index.html?scenario=...) open the app it is served with.
// Knows only the Markdown the guide uses: headings, paragraphs, lists, tables, fenced code,
// **bold**, `code` and [links](...). The web build runs it (src/app/CMakeLists.txt).
//   node scripts/guide-page.mjs docs/teaching.md build/web/site/teaching.html
import { readFileSync, writeFileSync } from "node:fs";

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// Inline Markdown: code spans first (their text is taken as it is), then links and bold.
function inline(text) {
  return text.split(/(`[^`]*`)/).map((part) => {
    if (part.startsWith("`") && part.endsWith("`") && part.length > 1) return `<code>${escape(part.slice(1, -1))}</code>`;
    return escape(part)
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, href) => `<a href="${href}">${label}</a>`)
      .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
  }).join("");
}

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9\s-]/g, "").trim().replace(/\s+/g, "-");
const cells = (line) => line.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim());

export function renderGuide(markdown) {
  const lines = markdown.split("\n");
  const out = [];
  let title = "NeuroGains";
  for (let i = 0; i < lines.length;) {
    const line = lines[i];
    let m;
    if (!line.trim()) { i++; continue; }
    if ((m = line.match(/^(#{1,4}) (.*)$/))) {
      const level = m[1].length;
      if (level === 1) title = m[2];
      out.push(`<h${level} id="${slug(m[2])}">${inline(m[2])}</h${level}>`);
      i++;
    } else if (line.startsWith("```")) {
      const code = [];
      for (i++; i < lines.length && !lines[i].startsWith("```"); i++) code.push(lines[i]);
      i++;
      out.push(`<pre><code>${escape(code.join("\n"))}</code></pre>`);
    } else if (line.startsWith("|")) {
      const rows = [];
      for (; i < lines.length && lines[i].startsWith("|"); i++) rows.push(cells(lines[i]));
      const head = rows[0].map((c) => `<th scope="col">${inline(c)}</th>`).join("");
      const body = rows.slice(2).map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join("")}</tr>`).join("\n");
      out.push(`<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`);
    } else if (/^(- |\d+\. )/.test(line)) {
      const tag = line.startsWith("- ") ? "ul" : "ol";
      const items = [];
      for (; i < lines.length && lines[i].trim() && !lines[i].startsWith("#"); i++) {
        if (/^(- |\d+\. )/.test(lines[i])) items.push(lines[i].replace(/^(- |\d+\. )/, ""));
        else items[items.length - 1] += " " + lines[i].trim(); // a continuation line
      }
      out.push(`<${tag}>\n${items.map((it) => `<li>${inline(it)}</li>`).join("\n")}\n</${tag}>`);
    } else {
      const text = [];
      for (; i < lines.length && lines[i].trim() && !/^(#|\||```|- |\d+\. )/.test(lines[i]); i++) text.push(lines[i].trim());
      out.push(`<p>${inline(text.join(" "))}</p>`);
    }
  }
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(title)}</title>
  <link rel="icon" href="favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="guide.css">
</head>
<body>
<main>
<nav><a href="index.html">&larr; NeuroGains</a></nav>
${out.join("\n")}
</main>
</body>
</html>
`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error("usage: node scripts/guide-page.mjs docs/teaching.md OUT.html");
    process.exit(2);
  }
  writeFileSync(output, renderGuide(readFileSync(input, "utf8")));
}
