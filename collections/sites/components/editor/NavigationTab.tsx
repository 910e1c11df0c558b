'use client'
/** Navigation: menu items, each pointing at a page (optionally a section anchor) or an external address. */
import React from 'react'

import { insertAt, moveBy, removeAt, setIn } from './configPath'
import { LocalizedInput, SelectInput, TextInput, ToolButton } from './inputs'
import { useTr } from './useEditorKit'

type Config = Record<string, unknown>
type Item = { label?: { pl?: string; en?: string }; page?: string; anchor?: string; url?: string }
type Page = { slug?: string; sections?: { id?: unknown }[] }

export const NavigationTab: React.FC<{ config: Config; onChange: (config: Config) => void }> = ({ config, onChange }) => {
  const { tr } = useTr()
  const items = (Array.isArray(config.navigation) ? config.navigation : []) as Item[]
  const pages = (Array.isArray(config.pages) ? config.pages : []) as Page[]
  const set = (next: Item[]) => onChange(setIn(config, ['navigation'], next.length ? next : undefined) as Config)
  const setItem = (index: number, item: Item) => set(items.map((old, at) => (at === index ? item : old)))
  return (
    <div className="site-editor__tab-body">
      {items.length === 0 ? <p className="site-editor__hint">{tr('The menu is empty.', 'Menu jest puste.')}</p> : null}
      {items.map((item, index) => {
        const external = item.url !== undefined
        const anchors =
          pages
            .find((page) => page.slug === item.page)
            ?.sections?.map((section) => section.id)
            .filter((id): id is string => typeof id === 'string') ?? []
        return (
          <div className="site-editor__card" key={index} data-nav-index={index}>
            <div className="site-editor__toolbar">
              <strong>{`${index + 1}.`}</strong>
              <ToolButton title={tr('Move up', 'Przesuń w górę')} disabled={index === 0} onClick={() => set(moveBy(items, index, -1))}>
                ↑
              </ToolButton>
              <ToolButton title={tr('Move down', 'Przesuń w dół')} disabled={index === items.length - 1} onClick={() => set(moveBy(items, index, 1))}>
                ↓
              </ToolButton>
              <ToolButton danger title={tr('Remove', 'Usuń')} onClick={() => set(removeAt(items, index))}>
                ✕
              </ToolButton>
            </div>
            <LocalizedInput
              path={['navigation', index, 'label']}
              value={item.label}
              required
              label={tr('Label', 'Etykieta')}
              onChange={(label) => setItem(index, { ...item, label })}
            />
            <SelectInput
              path={['navigation', index, 'kind']}
              value={external ? 'url' : 'page'}
              required
              label={tr('Leads to', 'Prowadzi do')}
              options={[
                { value: 'page', label: tr('a page of this site', 'podstrony tej strony') },
                { value: 'url', label: tr('an external address', 'adresu zewnętrznego') },
              ]}
              onChange={(kind) => setItem(index, kind === 'url' ? { label: item.label, url: 'https://' } : { label: item.label, page: pages[0]?.slug ?? '' })}
            />
            {external ? (
              <TextInput
                path={['navigation', index, 'url']}
                value={item.url}
                required
                label={tr('Address', 'Adres')}
                onChange={(url) => setItem(index, { ...item, url })}
              />
            ) : (
              <div className="site-editor__pair">
                <SelectInput
                  path={['navigation', index, 'page']}
                  value={item.page}
                  required
                  label={tr('Page', 'Podstrona')}
                  options={pages.map((page) => ({ value: String(page.slug), label: String(page.slug) }))}
                  onChange={(page) => setItem(index, { label: item.label, page: page ?? '' })}
                />
                <SelectInput
                  path={['navigation', index, 'anchor']}
                  value={item.anchor}
                  label={tr('Section (optional)', 'Sekcja (opcjonalnie)')}
                  options={anchors.map((anchor) => ({ value: anchor, label: `#${anchor}` }))}
                  onChange={(anchor) => {
                    const { anchor: _dropped, ...rest } = item
                    setItem(index, anchor ? { ...rest, anchor } : rest)
                  }}
                />
              </div>
            )}
          </div>
        )
      })}
      <ToolButton
        title={tr('Add a menu item', 'Dodaj pozycję menu')}
        onClick={() => set(insertAt(items, items.length, { label: { pl: '', en: '' }, page: pages[0]?.slug ?? '' }))}
      >
        {tr('+ Add a menu item', '+ Dodaj pozycję menu')}
      </ToolButton>
    </div>
  )
}
