/**
 * Redthread: generated from model/sessions.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.dilemma.sessions.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Matrix</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The session's interaction matrix: its items and every participant's scores (row affects column).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.dilemma.sessions.model.Matrix#getItemKind <em>Item Kind</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Matrix#getItems <em>Items</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.Matrix#getScores <em>Scores</em>}</li>
 * </ul>
 *
 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getMatrix()
 * @model
 * @generated
 */
public interface Matrix extends EObject {
	/**
	 * Returns the value of the '<em><b>Item Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link no.redthread.dilemma.sessions.model.MatrixItemKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item Kind</em>' attribute.
	 * @see no.redthread.dilemma.sessions.model.MatrixItemKind
	 * @see #setItemKind(MatrixItemKind)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getMatrix_ItemKind()
	 * @model
	 * @generated
	 */
	MatrixItemKind getItemKind();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.Matrix#getItemKind <em>Item Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item Kind</em>' attribute.
	 * @see no.redthread.dilemma.sessions.model.MatrixItemKind
	 * @see #getItemKind()
	 * @generated
	 */
	void setItemKind(MatrixItemKind value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.dilemma.sessions.model.MatrixItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getMatrix_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<MatrixItem> getItems();

	/**
	 * Returns the value of the '<em><b>Scores</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.dilemma.sessions.model.Score}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scores</em>' containment reference list.
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getMatrix_Scores()
	 * @model containment="true"
	 * @generated
	 */
	EList<Score> getScores();

} // Matrix
