const KEYS: [string, string][] = [
  ['Alt+1 … Alt+5', '插入对应的推荐'],
  ['Alt+↓ / Alt+↑，Alt+Enter', '移动高亮，插入高亮项'],
  ['Esc', '隐藏面板，直到下一次输入'],
  ['Ctrl+Z', '一步撤销整个插入，恢复原来打的字'],
  ['Alt+Shift+K', '打开快速插入面板：按中文、全拼或拼音首字母搜索整个素材库'],
  ['Alt+Shift+J', '立即插入第一条推荐'],
  ['Alt+Shift+O', '在当前网站暂停或恢复推荐'],
];

const DEMO_HINT = '在这里试着输入：我们要坚持把政治建设摆在';

/** The page a new writer sees once, on install: try it, learn the keys, bring your own documents. */
export function WelcomeApp({ openOptions }: { openOptions: () => void }) {
  return (
    <main class="welcome">
      <h1>欢迎使用公文素材助手</h1>
      <p class="lead">在任何网页的文本框和编辑器里写讲话稿、工作报告时，停顿片刻，光标下方就会出现“公文素材”面板，推荐最贴切的段落、句子和规范提法。</p>

      <section>
        <h2>试一试</h2>
        <p>在下面的框里输入一句话的开头，停一下，按 <kbd>Alt+1</kbd> 插入第一条推荐，再按 <kbd>Ctrl+Z</kbd> 撤销。</p>
        <textarea id="demo" rows={6} placeholder={DEMO_HINT} aria-label="试用编辑框" />
      </section>

      <section>
        <h2>常用按键</h2>
        <table>
          <tbody>
            {KEYS.map(([keys, meaning]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="note">输入法组字期间，这些按键都归输入法。快捷键可在浏览器的扩展快捷键页面里改。</p>
      </section>

      <section>
        <h2>用上自己的材料</h2>
        <ul>
          <li>
            <strong>导入：</strong>在设置页的“导入素材”里选择 <code>.txt</code>、<code>.md</code> 或 <code>.docx</code> 文件，或直接粘贴文字；GBK 编码的旧文件也能识别。保存前先预览大纲。
          </li>
          <li>
            <strong>切换来源：</strong>设置页的“素材来源”里，每篇讲话一个开关，关掉的立即不再推荐。
          </li>
          <li>
            <strong>收藏与缩写：</strong>每条推荐旁的 ☆ 收藏；在设置页给收藏加缩写，输入缩写后按 <kbd>Tab</kbd> 展开。
          </li>
        </ul>
        <button type="button" onClick={openOptions}>
          打开设置页
        </button>
      </section>

      <section>
        <h2>什么留在本机</h2>
        <ul>
          <li>素材库、收藏和设置都只存在这台电脑的浏览器里，扩展不联网、不上传、不收集任何数据。</li>
          <li>密码、银行卡号、验证码一类的字段永远不读。</li>
          <li>网页看不到推荐面板里的内容，也不能替你按键或点击面板。</li>
        </ul>
      </section>
    </main>
  );
}
