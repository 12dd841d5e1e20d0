/**
 * A pathway: a practice and its components as a tree, with hours and ECTS per node, per level and
 * in total, where a learner can start (no prerequisite recorded) and leave with a credential, and
 * which components other pathways share. A component's own parent places it; the dataset's pathway
 * structure (a tracked setting) adds the links one parent cannot hold.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { ApiFailure } from '../domain/envelope.js';
import { readSetting, writeSetting } from '../history/settings.js';
import type { Pathway, PathwayLevel, PathwayNode } from './model.js';
import type { PathwayChart } from '../exports/charts/pathwayChart.js';
import { PATHWAY_STRUCTURE_SETTING, pathwayStructureSchema, type PathwayStructure, type pathwayInputSchema } from './pathwaySchemas.js';

interface PracticeRow {
  id: string;
  name: string;
  code: string | null;
  level: string | null;
  hours: number | null;
  ects: number | null;
  parentId: string | null;
}

/** Far beyond any real pathway; a structure that links the same practices many times over stops here with a message. */
const MAX_NODES = 5000;

const EMPTY_STRUCTURE: PathwayStructure = { links: [], prerequisites: [], credentials: [] };

export function pathwayStructure(db: Database): PathwayStructure {
  return readSetting(db, PATHWAY_STRUCTURE_SETTING, pathwayStructureSchema) ?? EMPTY_STRUCTURE;
}

/** Replaces the dataset's pathway structure (a tracked setting: one step to undo, carried by merges). */
export function setPathwayStructure(db: Database, structure: PathwayStructure): PathwayStructure {
  writeSetting(db, PATHWAY_STRUCTURE_SETTING, structure, true);
  return pathwayStructure(db);
}

function practiceReader(db: Database) {
  const one = db.prepare('SELECT id, name, code, level, hours, ects, parent_id AS parentId FROM practices WHERE id = ?');
  const children = db.prepare('SELECT id, name, code, level, hours, ects, parent_id AS parentId FROM practices WHERE parent_id = ? ORDER BY practice_number, rowid');
  return {
    get: (id: string) => one.get(id) as PracticeRow | undefined,
    childrenOf: (id: string) => children.all(id) as PracticeRow[],
  };
}

const nameOf = (row: PracticeRow | undefined, id: string) => (row ? `“${row.name}”` : `“${id}”`);

/** The practices above `id`, topmost first; a parent that goes round in a circle or does not exist is refused in words. */
function ancestorsOf(read: ReturnType<typeof practiceReader>, start: PracticeRow): PracticeRow[] {
  const chain: PracticeRow[] = [];
  const seen = new Set([start.id]);
  let current = start;
  while (current.parentId !== null) {
    const parent = read.get(current.parentId);
    if (!parent) throw new ApiFailure('not_found', `${nameOf(current, current.id)} is part of a practice “${current.parentId}” that does not exist, so its pathway cannot be drawn.`);
    if (seen.has(parent.id)) {
      const circle = [start, ...chain, parent].map((p) => p.name).join(' → ');
      throw new ApiFailure('conflict', `The practices are each other's parents in a circle (${circle}), so there is no top to start the pathway from. Change one of their parents.`);
    }
    seen.add(parent.id);
    chain.unshift(parent);
    current = parent;
  }
  return chain;
}

const sum = (values: (number | null)[]): number | null => (values.every((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0));

export function pathway(db: Database, input: z.output<typeof pathwayInputSchema>): Pathway {
  const read = practiceReader(db);
  const start = read.get(input.id);
  if (!start) throw new ApiFailure('not_found', `No practice has the id “${input.id}”.`);
  const above = ancestorsOf(read, start);
  const root = input.top && above.length > 0 ? above[0]! : start;
  const structure = pathwayStructure(db);
  const problems: string[] = [];
  const exists = (id: string) => read.get(id) !== undefined;
  for (const link of structure.links) {
    for (const end of [link.pathwayId, link.componentId]) if (!exists(end)) problems.push(`A shared-component link names “${end}”, which is no practice of this dataset; the link is left out.`);
  }
  const links = structure.links.filter((l) => exists(l.pathwayId) && exists(l.componentId));
  const linkedInto = (id: string) => links.filter((l) => l.pathwayId === id).map((l) => read.get(l.componentId)!);

  const nodes: PathwayNode[] = [];
  const walk = (row: PracticeRow, depth: number, above: PracticeRow | null, via: PathwayNode['via'], path: string[]): PathwayNode => {
    if (nodes.length >= MAX_NODES) throw new ApiFailure('conflict', `The pathway of “${root.name}” has more than ${MAX_NODES} parts: its links repeat the same practices too often to draw.`);
    const node: PathwayNode = {
      id: row.id,
      name: row.name,
      code: row.code,
      level: row.level,
      depth,
      parentId: above?.id ?? null,
      via,
      components: [],
      hours: row.hours,
      ects: row.ects,
      totalHours: null,
      totalEcts: null,
      hoursMismatch: false,
      entry: false,
      credential: null,
      requires: [],
      sharedWith: [],
    };
    nodes.push(node);
    const parts: [PracticeRow, 'parent' | 'link'][] = [...read.childrenOf(row.id).map((c) => [c, 'parent'] as [PracticeRow, 'parent']), ...linkedInto(row.id).map((c) => [c, 'link'] as [PracticeRow, 'link'])];
    const children: PathwayNode[] = [];
    for (const [part, how] of parts) {
      if (path.includes(part.id)) {
        const circle = [...path, part.id].map((id) => read.get(id)?.name ?? id).join(' → ');
        throw new ApiFailure('conflict', `The pathway goes round in a circle (${circle}): a practice cannot be part of itself. Remove the link or parent that closes it.`);
      }
      children.push(walk(part, depth + 1, row, how, [...path, part.id]));
    }
    node.components = children.map((c) => c.id);
    const complete = (key: 'totalHours' | 'totalEcts') => children.length > 0 && children.every((c) => c[key] !== null);
    node.totalHours = complete('totalHours') ? sum(children.map((c) => c.totalHours)) : (row.hours ?? sum(children.map((c) => c.totalHours)));
    node.totalEcts = complete('totalEcts') ? sum(children.map((c) => c.totalEcts)) : (row.ects ?? sum(children.map((c) => c.totalEcts)));
    node.hoursMismatch = row.hours !== null && node.totalHours !== null && node.totalHours !== row.hours;
    return node;
  };
  walk(root, 0, null, null, [root.id]);

  const inTree = new Set(nodes.map((n) => n.id));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const p of structure.prerequisites) {
    if (!exists(p.practiceId) || !exists(p.requiresId)) problems.push(`A prerequisite names “${exists(p.practiceId) ? p.requiresId : p.practiceId}”, which is no practice of this dataset; it is left out.`);
    else if (inTree.has(p.practiceId) && inTree.has(p.requiresId)) byId.get(p.practiceId)!.requires.push(p.requiresId);
  }
  for (const c of structure.credentials) if (inTree.has(c.practiceId)) byId.get(c.practiceId)!.credential = c.credential;
  for (const node of nodes) {
    // A learner starts at one of the pathway's own steps (or at a practice that has none), unless it must follow another.
    node.entry = (node.depth === 1 || (node.depth === 0 && node.components.length === 0)) && node.requires.length === 0;
    const others = [
      ...(node.via === 'link' && node.depth > 0 ? [read.get(node.id)!.parentId] : []),
      ...links.filter((l) => l.componentId === node.id && l.pathwayId !== node.parentId).map((l) => l.pathwayId),
    ].filter((id): id is string => id !== null && id !== node.parentId);
    node.sharedWith = [...new Set(others)].map((id) => ({ id, name: read.get(id)?.name ?? id }));
  }

  const levels: PathwayLevel[] = [];
  for (const node of nodes) {
    const level = (levels[node.depth] ??= { depth: node.depth, practices: 0, hours: null, ects: null, withoutHours: 0 });
    level.practices++;
    if (node.hours === null) level.withoutHours++;
    else level.hours = (level.hours ?? 0) + node.hours;
    if (node.ects !== null) level.ects = (level.ects ?? 0) + node.ects;
  }
  const top = nodes[0]!;
  return {
    root: { id: root.id, name: root.name },
    ancestors: (root === start ? above : []).map((a) => ({ id: a.id, name: a.name })),
    nodes,
    levels,
    total: { hours: top.totalHours, ects: top.totalEcts, statedHours: root.hours, statedEcts: root.ects },
    entries: nodes.filter((n) => n.entry).map((n) => n.id),
    exits: nodes.filter((n) => n.credential !== null).map((n) => n.id),
    shared: nodes.filter((n) => n.depth > 0 && n.sharedWith.length > 0).map((n) => ({ id: n.id, name: n.name, pathways: n.sharedWith })),
    problems: [...new Set(problems)],
  };
}

/** The pathway as the diagram the command line draws (data/exports/charts/pathwayChart.ts). */
export function pathwayChartOf(p: Pathway): PathwayChart {
  const figures = (hours: number | null, ects: number | null) => [hours === null ? 'hours not stated' : `${hours} h`, ...(ects === null ? [] : [`${ects} ECTS`])].join(', ');
  const total = `Total ${figures(p.total.hours, p.total.ects)}${p.total.statedHours !== null && p.total.statedHours !== p.total.hours ? ` (the practice states ${p.total.statedHours} h)` : ''}; ${p.levels.length - 1} level${p.levels.length === 2 ? '' : 's'} below it`;
  return {
    title: `Pathway: ${p.root.name}`,
    subtitle: total,
    rows: p.nodes.map((n) => ({
      depth: n.depth,
      label: n.code ? `${n.code} ${n.name}` : n.name,
      value: n.totalHours,
      note: [
        figures(n.components.length > 0 ? n.totalHours : n.hours, n.components.length > 0 ? n.totalEcts : n.ects),
        ...(n.entry ? ['entry point'] : []),
        ...(n.credential ? [`credential: ${n.credential}`] : []),
        ...(n.sharedWith.length > 0 ? [`also part of ${n.sharedWith.map((s) => s.name).join(', ')}`] : []),
      ].join(' · '),
    })),
  };
}
