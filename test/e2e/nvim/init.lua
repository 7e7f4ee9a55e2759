-- Neovim 0.7 (Debian's neovim) headless as an LSP client of the ITU language server:
--   nvim --headless -u test/e2e/nvim/init.lua -i NONE     (scripts/e2e/run-nvim.sh sets the env)
-- Runs README's Neovim recipe (ITU_RECIPE), opens ITU_FILE (the recipe makes it filetype `itu` and
-- attaches the server it starts), waits (bounded) until a
-- diagnostic with code ITU_WAIT_CODE arrives (Neovim 0.7 has no pull diagnostics: the server
-- must publish them), then writes every diagnostic to ITU_OUT, one per line:
--   <line 1-based>\t<col 1-based>\t<severity>\t<code>\t<source>\t<message>
-- The first line of ITU_OUT is OK or TIMEOUT. Exit code 0 when the awaited code came.
local server  = os.getenv('ITU_SERVER') or 'server/out/server.js'
local file    = os.getenv('ITU_FILE') or 'test/e2e/workspace/gap.itu'
local out     = os.getenv('ITU_OUT') or 'nvim-diagnostics.txt'
local code    = os.getenv('ITU_WAIT_CODE') or 'numbering.gap'
local wait_ms = tonumber(os.getenv('ITU_WAIT_MS') or '20000')

local function log(msg) io.stderr:write('[nvim] ' .. msg .. '\n') end

local function code_of(d)
  local c = d.code
  if c == nil and d.user_data and d.user_data.lsp then c = d.user_data.lsp.code end
  if type(c) == 'table' then c = c.value end
  return c ~= nil and tostring(c) or ''
end

-- README's recipe (ITU_RECIPE: the ```lua block of its "Other editors" section, the server's path filled
-- in by run-nvim.sh): the autocmds it defines set the filetype, start the server and attach it.
local recipe = os.getenv('ITU_RECIPE')
if not recipe then
  log('ITU_RECIPE is not set (scripts/e2e/run-nvim.sh sets it)')
  vim.cmd('cq!')
end
dofile(recipe)

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local client_id
local function attached()
  for id, c in pairs(vim.lsp.buf_get_clients(buf)) do
    if c.name == 'itu' then client_id = id return true end
  end
  return false
end
if vim.bo[buf].filetype ~= 'itu' or not vim.wait(wait_ms, attached, 50) then
  log('the recipe did not attach an itu client (filetype ' .. vim.bo[buf].filetype .. ')')
  vim.cmd('cq!')
end

local function has_code()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if code_of(d) == code then return true end
  end
  return false
end
local ok = vim.wait(wait_ms, has_code, 50)

local lines = { ok and 'OK' or 'TIMEOUT' }
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local message = (d.message or ''):gsub('[\r\n\t]', ' ')
  table.insert(lines, table.concat({ d.lnum + 1, d.col + 1, d.severity or '', code_of(d), d.source or '', message }, '\t'))
end
vim.fn.writefile(lines, out)

vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd(ok and 'qa!' or 'cq!')
